# lexer.c: explicit line joining inside expressions and statements
a = 1 + \
    2
if a and \
   b:
    pass
x = [1, \
2]
