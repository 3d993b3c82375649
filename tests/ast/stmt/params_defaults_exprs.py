# python.gram: default (arbitrary expressions)
def f(a=1 if x else 2, b=lambda: 0, c=[i for i in j], d=(yield_ := 1)): pass
