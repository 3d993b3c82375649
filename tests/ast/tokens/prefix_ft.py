# lexer.c: 'f' and 't' prefixes are incompatible
x = ft'a'
