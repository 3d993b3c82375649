# lexer.c: 'u' and 'b' prefixes are incompatible
x = ub'a'
