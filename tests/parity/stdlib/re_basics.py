# re: match, search, findall, sub with groups, named groups, flags, and a bad pattern error.
import re
m = re.match(r"(\w+)@(\w+)\.com", "alice@example.com")
print(m.group(0), m.groups(), m.span(2), m.start(1), bool(re.match("b", "abc")), re.search("b", "abc").start())
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"(\d)", r"<\1>", "a1b2"), re.split(r"[,;]\s*", "a, b;c"))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)", "on 2024-05-01")
print(m["year"], m.groupdict(), re.fullmatch(r"[a-z]+", "abc") is not None, re.I == re.IGNORECASE)
print(re.findall(r"^\w", "a\nb", re.M), re.sub("x", lambda m: "Y", "xax", count=1), re.escape("a.b*c"))
print([m.group() for m in re.finditer(r"\b\w", "hello big world")], re.compile(r"\d").pattern)
try:
    re.compile(r"(unclosed")
except Exception as e:
    print(type(e).__name__, e)
