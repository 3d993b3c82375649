# lexer.c: unmatched ']'
x = [1, 2]]
