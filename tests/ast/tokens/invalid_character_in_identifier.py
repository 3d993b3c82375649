# lexer.c verify_identifier: invalid character '%c' (U+%04X) inside an identifier
ab€c = 1
