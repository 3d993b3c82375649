# itertools accumulate, batched, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise, zip_longest.
import itertools as it
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=100)), list(it.accumulate([])))
print(list(it.batched("abcdefg", 3)), list(it.batched([], 2)), list(it.batched("abcd", 2, strict=True)))
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.pairwise("abcd")), list(it.pairwise("a")))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest()), list(it.zip_longest("a", "bc")))
for f in (lambda: list(it.batched("abc", 2, strict=True)), lambda: it.batched("a", 0), lambda: list(it.starmap(pow, [1]))):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
