# Identifiers: non-ASCII names, NFKC normalisation, soft keywords as names.
café = 1
print(café)
ﬁle = 2          # U+FB01 normalises to "file"
print(file)
Ω = 3
print(Ω, "Ω" in dir(), "Ω" in globals())
match = 4
case = 5
_ = 6
type = 7
print(match, case, _, type)
print("ℌ".isidentifier(), "1a".isidentifier(), "a1".isidentifier())
𝔘𝔫𝔦 = 8
print(Uni)
__dunder__ = 9
print(__dunder__)
print(sorted(n for n in globals() if not n.startswith('__')))
