# lexer.c: '?' is not an operator
a = b ? c : d
