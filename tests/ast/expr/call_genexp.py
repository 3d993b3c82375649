# python.gram: primary (primary genexp)
f(x for x in y)
f(x for x in y)(z for z in w)
sum(i * i for i in range(10) if i)
