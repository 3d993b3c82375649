# lexer.c: unterminated bytes literal
b = b'abc
