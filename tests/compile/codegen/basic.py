x = 1
print(x + 2)
def f(a, b=1):
    return a + b
