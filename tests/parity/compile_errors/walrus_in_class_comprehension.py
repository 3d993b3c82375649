# An assignment expression in a comprehension directly in a class body.
class C:
    values = [y := x for x in range(3)]
