# str indexing and slicing with negative, out-of-range and stepped slices.
s = "Python"
print(s[0], s[-1], s[1:4], s[:2], s[4:], s[-3:], s[::2], s[::-1], s[5:1:-2], s[100:], s[-100:2])
print(s[1:1], s[3:1], s[::-2], s[slice(1, None, 2)], s[len(s) - 1])
print("日本語"[1], "😀x"[0], len("😀"), "e\u0301"[1:], len("e\u0301"))
for i in (6, -7):
    try:
        s[i]
    except IndexError as e:
        print(e)
try:
    s[::0]
except ValueError as e:
    print(e)
s["1"]
