# iter(callable, sentinel), next() with default, and exhausted iterators staying exhausted.
values = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(values), 0)), next(values))
count = 0


def tick():
    global count
    count += 1
    return count


print(list(iter(tick, 4)))
it = iter([])
print(next(it, "empty"), next(it, None))
try:
    iter(5, 0)
except TypeError as e:
    print(e)
sent = iter(tick, 100)
print(next(sent), type(sent).__name__)
next(iter(()))
