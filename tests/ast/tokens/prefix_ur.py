# lexer.c: 'u' and 'r' prefixes are incompatible
x = ur'a'
