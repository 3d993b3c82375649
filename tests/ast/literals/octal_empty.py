# lexer.c: invalid octal literal
x = 0o
