# TypeError texts for unsupported binary operand types.
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: {} | [],
    lambda: 1 - "a", lambda: "a" * "b", lambda: [1] * 2.0, lambda: 2 ** "x",
    lambda: None + 1, lambda: 1 / None, lambda: b"a" + "a", lambda: "a" % (),
    lambda: 3 @ 4, lambda: 1 << 1.0, lambda: 1.0 & 1, lambda: {1} - [1],
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
x = object()
y = x - 1
