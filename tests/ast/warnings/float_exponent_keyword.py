# lexer.c: 1else is a decimal literal followed by 'else' (warning), not an exponent
x = 1 if y else 1else 2
