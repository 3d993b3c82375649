# A non-breaking space (U+00A0) in the middle of an expression.
a = 1
b = a + 2
