# lexer.c: unterminated t-string literal
x = t'abc
