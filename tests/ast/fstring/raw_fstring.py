# tokens: rf / fr / Rf / fR / RF prefixes
rf"\n{x}\d"
fr"{x}\w"
Rf"{x}"
fR"{x}"
RF"{x}"
F"{x}"
