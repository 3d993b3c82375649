# bytes methods mirror str: split, join, replace, strip, find, case and predicates.
b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.swapcase(), b.title(), b.split(), b.split(b","))
print(b"-".join([b"a", b"b"]), b.replace(b"l", b"L", 2), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")), b"12".isdigit(), b"ab".isalpha(), b" ".isspace())
print(b"a,b".partition(b","), b"x".center(5, b"*"), b"7".zfill(3), b"a\tb".expandtabs(4), b"ab\ncd".splitlines())
print(b"abc"[0], b"abc"[-1:], b"abc"[::-1], list(b"ab"), b"a" in b"abc", 97 in b"abc", b"ab" * 2)
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"))
print(b"%s %d %x %r" % (b"x", 5, 255, b"y"), b"%5b|" % b"ab", b"%c" % 65)
print(b"abc".removeprefix(b"a"), b"ABC".isupper(), b"Ab".istitle(), b"\x80".isascii())
try:
    b"x".join(["s"])
except TypeError as e:
    print(e)
b"abc".find("a")
