# itertools product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
print(list(product("ab", [1, 2])), list(product(range(2), repeat=2)), list(product()), list(product("ab", [])))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))), list(permutations([])), list(permutations("ab", 3)))
print(list(combinations("abcd", 2)), list(combinations(range(3), 0)), list(combinations("ab", 5)))
print(list(cwr("ab", 2)), list(cwr([], 2)), list(cwr("a", 0)))
for f in (lambda: combinations("a", -1), lambda: permutations("a", -2), lambda: product("a", repeat=-1), lambda: cwr("a")):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
