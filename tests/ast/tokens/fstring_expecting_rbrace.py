# lexer.c: %c-string: expecting '}'
f'{a'
