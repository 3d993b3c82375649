# lexer.c: closing parenthesis '%c' does not match opening parenthesis '%c' on line %d
a = {1: 2,
     3: 4]
