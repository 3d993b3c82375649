# python.gram: expression ('disjunction if disjunction else expression'), nested and with lambda
x = a if b else c if d else e
y = (a if b else c) if d else e
z = lambda: a if b else c
w = a if (lambda: b) else c
v = [a if b else c for d in e if f]
