# ast: identifiers are NFKC-normalized (ﬁ -> fi, ℌ -> H)
ﬁle = 1
ℌ = 2
