# python.gram: assignment_expression, named_expression
(x := 1)
(y := x + 1)
f(z := 2)
[w := 3, w]
if (a := b):
    pass
while (c := d()) is not None:
    pass
