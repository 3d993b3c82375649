# lexer.c: invalid digit '%c' in octal literal (first digit)
x = 0o9
