# set and frozenset: construction, add/discard/remove/pop, operators and methods.
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(4)
print(s, len(s), 2 in s, set(), frozenset(), set("aab") == {"a", "b"}, set([1, 2, 2]))
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {2} < a, a >= {1}, a > a, a.isdisjoint({9}))
print(a.union([5], (6,)), a.intersection(b, {3}), a.difference(b), a.symmetric_difference(b))
print(a.issubset(range(5)), a.issuperset([1]), frozenset(a) == a, {frozenset({1})})
c = set(a)
c |= {10}
c &= {1, 10}
c -= {1}
c ^= {20}
print(c)
print(sorted(frozenset("hello")), type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__)
print(s.pop(), s.pop(), s)
s.clear()
print(s, set() == frozenset(), {1, 2} == {2, 1})
s.remove(99)
