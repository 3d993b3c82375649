# list(), list repr with nesting and recursion, and the list of various iterables.
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), list({3, 1, 2}), list(b"ab"))
print(list(x * x for x in range(4)), list(map(str, [1, 2])), list(zip("ab", "cd")))
a = [1, "two", 3.0, None, [4], (5,), {6: 7}, {8}, True]
print(a, repr(a), str(a))
a.append(a)
print(a)
print([[]], [()], [[], [[]]], [""], ["'"], ['"'])
print(list.__name__, type([]).__name__, isinstance([], list))
list(1, 2)
