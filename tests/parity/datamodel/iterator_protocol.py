# Iterator protocol: __iter__ returning self, __next__ raising StopIteration, exhaustion.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c))
print(next(Countdown(0), "default"))
for x in Countdown(2):
    print("loop", x)


class BadIter:
    def __iter__(self): return 5


try:
    iter(BadIter())
except TypeError as e:
    print(e)
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, None))
next(Countdown(0))
