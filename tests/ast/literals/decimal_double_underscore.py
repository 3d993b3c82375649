# lexer.c tok_decimal_tail: invalid decimal literal (1__0)
x = 1__0
