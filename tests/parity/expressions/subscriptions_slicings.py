# Subscription and slicing syntax: tuples of slices, Ellipsis, negative steps, and __getitem__ keys.
class Show:
    def __getitem__(self, key):
        return key


s = Show()
print(s[1], s[1, 2], s[1:2], s[1:2:3], s[:, 1], s[...], s[..., 0], s[::], s[-1::-1], s[1:2, ::3])
print(s[()], s[(1,)], s[[1, 2]], s["key"], s[None:None], s[*[1, 2]] if True else None)
lst = list(range(10))
print(lst[-3:-1], lst[-1:-4:-1], lst[::-3], lst[3:-3], lst[len(lst):], lst[-len(lst) - 5:2])
print("abcdef"[1::2], (1, 2, 3)[::-1], range(10)[2:8:3], b"bytes"[-2:])
