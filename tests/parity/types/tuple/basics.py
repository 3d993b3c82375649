# Tuples: construction, single-element syntax, immutability, count/index, comparison, hashing.
t = (1, 2, 3)
print(t, (1,), (), tuple(), tuple("ab"), tuple([1, 2]), 1, 2, (1), ((1,),))
print(t[0], t[-1], t[1:], t[::-1], len(t), 2 in t, t.count(2), t.index(3), t + (4,), t * 2)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 9), () < (0,), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
x, = [5]
print(x)
nested = ([1], 2)
nested[0].append(3)
print(nested)
try:
    nested += ([4],)
    print(nested)
    nested[0] += [5]
except TypeError as e:
    print(e, nested)
try:
    hash(([],))
except TypeError as e:
    print(e)
t[0] = 9
