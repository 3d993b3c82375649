# lexer.c: t-string: expecting '}'
t'{a'
