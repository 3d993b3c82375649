# sorted, min and max with key, default, reverse, iterables, and their errors.
words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len), max(3, 1, 2), min("hello"))
print(min([], default="empty"), max([], default=None), max([1], default=0), min(1, 2, key=lambda x: -x))
print(max([(1, "b"), (1, "a")]), min([[3], [1, 2]]), max({1: "a", 2: "b"}), max("ab", "b", key=str.upper))
print(max([3, 5, 5, 1], key=lambda x: x % 5), min([2, 4, 6], key=lambda x: 0))
for f in (lambda: min([]), lambda: max(), lambda: max(1, 2, default=0), lambda: min(1),
          lambda: max([1, "a"]), lambda: sorted(5), lambda: min([1], key=5)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
max([], key=len)
