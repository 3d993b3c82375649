# A traceback through next() on a generator expression and a generator function.
def numbers():
    yield 1
    yield 1 // 0


squares = (n * n for n in numbers())
print(next(squares))
print(next(squares))
