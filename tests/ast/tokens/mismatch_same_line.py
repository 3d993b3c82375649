# lexer.c: closing parenthesis '%c' does not match opening parenthesis '%c'
a = (1, 2]
