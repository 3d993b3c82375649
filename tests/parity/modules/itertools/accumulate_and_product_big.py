# itertools on larger inputs: product repeat counts, accumulate with max, and chain of generators.
import itertools as it
print(len(list(it.product(range(4), repeat=4))), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(sum(1 for _ in it.permutations(range(6), 3)), sum(1 for _ in it.combinations(range(20), 3)))
print(list(it.chain.from_iterable((range(i) for i in range(4)))), list(it.islice(it.cycle(it.chain("ab", "c")), 7)))
print(list(it.starmap(lambda *a: sum(a), it.zip_longest([1, 2], [3], fillvalue=0))))
print(list(it.compress(range(10), it.cycle([1, 0, 0]))), next(it.dropwhile(lambda x: x < 1000, it.count())))
