# lexer.c: invalid decimal literal (1e+)
x = 1e+
