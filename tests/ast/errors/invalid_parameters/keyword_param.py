# keyword as parameter name: invalid syntax
def f(class): pass
