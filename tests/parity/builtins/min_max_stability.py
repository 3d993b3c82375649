# min and max return the first of equal elements; key functions are called once per item.
calls = []


def key(x):
    calls.append(x)
    return x[0]


data = [(1, "first"), (1, "second"), (0, "low"), (2, "high"), (2, "high2")]
print(min(data, key=key), max(data, key=key), len(calls))
print(max([3, 3.0], key=float), type(max([3, 3.0])).__name__, min([1.0, 1]), max("abc", "abd", "ab"))
print(max(iter([5, 6]), default=0), min((x for x in []), default="none"), max(range(10), key=lambda v: v % 4))
