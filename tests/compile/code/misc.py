import os
import os.path as osp
from sys import argv, path as p
from . import sibling
from ..parent import thing
from collections import *
x = [1, 2, 3][0]
y = {"a": 1, "b": 2}
z = {}
w = {1: 2, **y}
v = ()
u = (1,)
s = x[1:2], x[::2], x[a:], x[:b], x[a:b:c]
del x[1:2]
t = a @ b
t @= c
r = a if b else (c if d else e)
q = (yield_ := 5)
print(__debug__)
print(__name__, __file__)
n = None
n = ...
e = lambda: None
chain = a.b.c.d(e).f[g]
long_string = "x" * 10
