# Mutating a list while iterating over it (well-defined for lists), and list() of an iterator.
items = [1, 2, 3, 4, 5, 6]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print(items)
nums = [1, 2, 3]
for n in nums:
    if n < 5:
        nums.append(n + 3)
print(nums)
it = iter([1, 2, 3])
next(it)
print(list(it), list(it))
lst = [3, 1, 2]
rev = reversed(lst)
lst.append(0)
print(list(rev))
print(list(range(5))[::-1] == list(reversed(range(5))))
