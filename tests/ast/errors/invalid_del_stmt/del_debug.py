# del __debug__ (compiler check; ast.parse accepts)
del __debug__
