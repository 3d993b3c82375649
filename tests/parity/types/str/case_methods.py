# str case methods, including non-ASCII special casing (ß, ﬁ, Σ final sigma, dotted I).
words = ["hello World", "ß", "ﬁne", "ΣΑΣ ΟΔΟΣ", "İstanbul", "ǅungla", "123abc", "straße", "", "ŉ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("hello world's end".title(), "they're bill's".capitalize())
print("ABC".isupper(), "abc".islower(), "Title Case".istitle(), "ǅ".istitle(), "".isupper())
