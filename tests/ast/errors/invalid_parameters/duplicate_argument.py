# duplicate argument (symtable check; ast.parse accepts)
def f(a, a): pass
