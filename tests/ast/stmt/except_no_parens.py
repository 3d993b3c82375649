# python.gram: except_block ('except' expressions ':') PEP 758
try:
    pass
except A, B:
    pass
except C, D, E:
    pass
