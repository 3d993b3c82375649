# lexer.c: invalid decimal literal (0_ then not a digit)
x = 0_x
