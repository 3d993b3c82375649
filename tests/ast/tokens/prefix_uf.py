# lexer.c: 'u' and 'f' prefixes are incompatible
x = uf'a'
