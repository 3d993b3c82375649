a.b()
a.b(1, k=2)
a.b(*c)
import m
m.f()
