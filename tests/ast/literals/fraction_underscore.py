# lexer.c: invalid decimal literal (1._5)
x = 1._5
