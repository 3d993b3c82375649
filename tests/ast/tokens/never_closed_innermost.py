# pegen_errors.c: the innermost unclosed bracket is reported
f(a, [b, (c,
