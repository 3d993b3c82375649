# lexer.c: 'u' and 't' prefixes are incompatible
x = ut'a'
