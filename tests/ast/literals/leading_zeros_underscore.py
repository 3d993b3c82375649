# lexer.c: leading zeros with underscores (range covers the zeros)
x = 00_0_7
