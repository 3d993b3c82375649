# cannot assign to __debug__ (compiler check; ast.parse accepts)
__debug__ = 1
