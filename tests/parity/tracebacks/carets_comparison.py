# Carets under a failing comparison operator inside a larger expression.
def check(a, b):
    return a is not None and a < b


print(check(1, 2))
print(check("a", 3))
