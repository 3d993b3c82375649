x: int = 1
y: 'str'
if cond:
    z: float
(w): int = 3
a.b: int
c[0]: str
