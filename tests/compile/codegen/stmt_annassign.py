x: int
y: int = 1
a.b: int
c[0]: str
(d): int = 2
