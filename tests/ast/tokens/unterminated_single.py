# lexer.c: unterminated string literal (detected at line %d)
x = 'abc
y = 1
