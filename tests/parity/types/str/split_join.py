# split, rsplit, splitlines, partition, rpartition and join with their edge cases.
s = "  a  b   c  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 2))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(","), "".split())
print("line1\nline2\r\nline3\rline4\x0bline5\x1c6\u2028 7".splitlines())
print("a\nb\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kv".partition("="), "kv".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join(map(str, range(3))))
print("a b\tc\nd".split(), "a\u3000b".split(), "1<>2<>3".split("<>"))
try:
    "a".partition("")
except ValueError as e:
    print(e)
"-".join(["a", 2])
