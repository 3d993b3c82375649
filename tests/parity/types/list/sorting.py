# list.sort: stability, key, reverse, sorted(), and errors during comparison.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)
words.sort()
print(words)
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(nums), sorted(nums, reverse=True), nums.sort() is None, nums)
print(sorted("hello"), sorted({3: 0, 1: 0}), sorted([], key=len), sorted([[2], [1, 1], [0, 0, 0]], key=len))
print(sorted([1.5, 1, True, 0.5]), sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    [3, "a", 1].sort()
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print(e)
lst = [3, 2, 1]


def bad_key(x):
    lst.append(x)
    return x


try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(e)
sorted([1, 2], 1)
