# lexer.c verify_end_of_number: invalid decimal literal (1a)
x = 1abc
