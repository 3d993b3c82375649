# lexer.c: invalid digit '%c' in binary literal
x = 0b102
