# lexer.c: unterminated triple-quoted t-string literal
x = t'''abc
