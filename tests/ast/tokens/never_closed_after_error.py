# pegen_errors.c: a generic error before the unclosed bracket's line is kept
a b
x = (1,
