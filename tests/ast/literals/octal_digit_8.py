# lexer.c: invalid digit '%c' in octal literal
x = 0o78
