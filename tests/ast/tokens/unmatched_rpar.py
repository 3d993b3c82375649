# lexer.c: unmatched ')'
a = 1)
