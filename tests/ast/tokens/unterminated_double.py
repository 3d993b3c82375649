# lexer.c: unterminated string literal, double quotes
x = "abc
