# lexer.c: 'b' and 't' prefixes are incompatible
x = tb'a'
