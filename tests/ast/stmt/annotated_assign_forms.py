# python.gram: assignment (annotations on names, attributes, subscripts, parenthesized names)
x: int
x: int = 1
(y): int = 2
a.b: str
a[0]: list[int] = []
w: tuple = 1, 2
v: int = *a, *b
