# lexer.c verify_end_of_number: invalid imaginary literal
x = 1jk
