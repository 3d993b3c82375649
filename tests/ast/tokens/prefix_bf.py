# lexer.c: 'b' and 'f' prefixes are incompatible
x = bf'a'
