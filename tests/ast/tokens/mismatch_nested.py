# lexer.c: mismatch inside nested brackets
f(a[1), 2)
