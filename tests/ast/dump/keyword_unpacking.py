# ast.dump: keyword(value=...) without arg for **kwargs
f(a=1, **kw)
