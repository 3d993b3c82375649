# lexer.c verify_identifier: offset points at the bad character, not the identifier start
x = données€ + 1
