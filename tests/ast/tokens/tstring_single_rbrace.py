# lexer.c: %c-string: single '}' is not allowed (t-string)
t"a}b"
