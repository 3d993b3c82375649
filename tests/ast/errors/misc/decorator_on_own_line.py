# python.gram: decorators need an expression on the same line
@
x
class D: pass
