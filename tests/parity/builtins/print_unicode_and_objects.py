# print of unicode text, surrogates with PYTHONIOENCODING=utf-8, objects with __str__, and None.
class S:
    def __str__(self):
        return "custom str"


print("ascii", "é", "日本語", "😀", "\u200b|", "tab\there")
print(S(), [S()] == [S()], None, 0.1 + 0.2, 1e100, -0.0, b"bytes", bytearray(b"ba"))
print("a", "b", sep="\n", end="\n--\n")
print(*range(5), sep=" < ")
print("\ud800")
