# frozensets as dict keys and set members; set algebra with mixed types; copy and comparison.
fs = frozenset({1, 2})
d = {fs: "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], {fs, frozenset([1, 2])}, fs | {3}, type(fs & {1}).__name__)
s = {1, 2, 3}
print(s == frozenset(s), s.copy() is s, s <= s, s < s, {1} < s, s.issuperset([]), set("abc") & frozenset("bcd") == {"b", "c"})
print(sorted(s.symmetric_difference_update({3, 4}) or s), sorted(s.intersection_update([1, 4, 5]) or s))
print(frozenset([1, 2]).union([3]), frozenset().isdisjoint([]), len({frozenset(), frozenset()}))
s.difference_update({1}, {4})
print(s, frozenset("ab") == frozenset("ba"), hash(frozenset("ab")) == hash(frozenset("ba")))
