# A closing parenthesis with nothing open.
def f():
    return 1


result = f())
print(result)
