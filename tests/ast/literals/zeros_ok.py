# lexer.c: zero forms that are valid
x = (0, 00, 0_0, 000.5, 0e0, 0j, 00j, 09.5, 09e1, 0_9j)
