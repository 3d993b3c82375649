# lexer.c: DEL (0x7f) outside a string
x = 1
