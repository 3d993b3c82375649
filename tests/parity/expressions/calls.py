# Call expressions: positional, keyword, unpacking, positional-only and evaluation of defaults.
calls = []


def f(a, b, /, c, *, d=calls.append("default evaluated") or 4):
    return a, b, c, d


print(calls)
print(f(1, 2, 3), f(1, 2, c=3, d=5), f(*[1, 2], **{"c": 3}))
print(calls)


class C:
    def __call__(self, *a, **k):
        return a, k


print(C()(1, x=2), C()(), (lambda **k: k)(**{"a-b": 1}), dict(**{"1": 1}))
print(max(*[3, 1, 2]), print.__call__("via __call__"), type(print).__call__(print, "via type"))
print(f(1, 2))
