# lexer.c: unterminated string literal (detected at line %d); perhaps you escaped the end quote?
x = 'C:\path\'
