# Infinite generators consumed partially: fibonacci, primes, and zip stopping early.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


f = fib()
print([next(f) for _ in range(12)])
print(list(zip(range(5), primes())))
import itertools
print(list(itertools.islice(fib(), 50, 52)))
print(sum(itertools.takewhile(lambda x: x < 100, primes())))
