# List operators: +, *, in, comparisons, +=, *= and aliasing of repeated lists.
a = [1, 2]
print(a + [3], a * 2, 2 * a, [] * 5, a * -1, 1 in a, [1] in [[1]], a == [1, 2], a < [1, 3], [1, 2] < [1, 2, 0])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
b = a
a += [3]
print(b, a is b)
a *= 2
print(b)
print([1, [2, [3]]] == [1, [2, [3]]], [float("nan")] == [float("nan")], len([None] * 3))
r = [1]
r.append(r)
print(r, r == r)
try:
    [1] < ["a"]
except TypeError as e:
    print(e)
[1] + (2,)
