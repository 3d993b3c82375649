# cannot assign to expression
a + b = c
