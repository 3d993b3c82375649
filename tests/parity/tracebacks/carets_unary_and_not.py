# Carets for a failing unary operator and for negation inside an expression.
def negate(values):
    return [-v for v in values]


print(negate([1, 2]))
print(negate([3, "four"]))
