# return in generators, finally on exhaustion and on garbage collection, and return value in StopIteration.
def gen(n):
    try:
        for i in range(n):
            yield i
        return f"returned after {n}"
    finally:
        print(f"finally for gen({n})")


print(list(gen(2)))
g = gen(5)
next(g)
del g
print("after del")
h = gen(1)
next(h)
try:
    next(h)
except StopIteration as e:
    print("value:", e.value)


def empty():
    return
    yield


print(list(empty()), type(empty()).__name__)
