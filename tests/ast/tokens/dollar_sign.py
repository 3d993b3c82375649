# lexer.c: '$' is not an operator (ERRORTOKEN -> invalid syntax)
a = $b
