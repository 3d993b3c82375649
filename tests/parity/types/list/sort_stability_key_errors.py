# Sort stability over multiple passes, key=None, reverse stability, and comparison-based key objects.
data = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1)]
by_second = sorted(data, key=lambda t: t[1])
print(by_second)
print(sorted(by_second, key=lambda t: t[1], reverse=True))
two_pass = sorted(sorted(data), key=lambda t: t[1])
print(two_pass == by_second, sorted(data, key=None) == sorted(data))


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v


print(sorted([3, 1, 2], key=Rev), [x for x in sorted(["b", "a", "B"], key=str.casefold)])
lst = [5, 3, 1]
lst.sort(reverse=True)
print(lst, sorted([True, False, 0, 1]), sorted([[], [0], [-1, 5]]))
sorted([Rev(1), 2])
