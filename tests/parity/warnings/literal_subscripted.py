# Subscripting literals that cannot be subscripted: compile-time SyntaxWarnings.
def f():
    a = [1 [0]]
    b = [(1, 2) [0, 1]]
    c = "abc"[1, 2]
    return a, b, c


try:
    f()
except TypeError as e:
    print("TypeError:", e)
