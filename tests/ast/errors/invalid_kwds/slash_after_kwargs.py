# python.gram: invalid_kwds ('**' param ',' '/')
def f(**k, /): pass
