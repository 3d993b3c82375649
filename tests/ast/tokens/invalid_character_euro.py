# lexer.c: invalid character '%c' (U+%04X) outside an identifier
a = 1 € 2
