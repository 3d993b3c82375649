import os, a.b.c as d
from x import y as z, w
x = 1
del x
print(y)
