class ___:
    __x = 1
class _C_:
    __y = 2
