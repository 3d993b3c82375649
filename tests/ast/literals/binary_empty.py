# lexer.c: invalid binary literal
x = 0b
