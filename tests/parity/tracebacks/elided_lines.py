# A multi-line statement longer than the display limit: "...<N lines>..." replaces the middle.
def build(*parts):
    return "".join(parts)


result = build(
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    1,
)
