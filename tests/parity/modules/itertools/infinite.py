# itertools count, cycle, repeat, sliced with islice.
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)), list(islice(count(step=-1), 3)))
print(list(islice(cycle("ab"), 5)), list(islice(cycle([]), 5)), list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -1)))
print(list(islice(repeat(None), 2)), repr(count(5)), repr(count(5, 2)), repr(repeat(1, 3)), repr(count(1.0)))
c = count(3)
next(c)
print(repr(c), list(zip(count(), "abc")))
print(list(islice("abcdefg", 2, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice("ab", 0)))
for args in (("a", -1), ("a", 1, 2, 0), ("a", "x")):
    try:
        islice(*args)
    except ValueError as e:
        print(e)
count("a")
