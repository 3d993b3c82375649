# lexer.c verify_end_of_number: the keywords and/else/for/in/is/not/or after a number warn
a = [1for x in y]
b = 1or 2
c = 1and 2
d = 1in y
e = 1is y
f = 1not in y
