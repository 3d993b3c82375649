# lexer.c tok_decimal_tail: invalid decimal literal
x = 1_
