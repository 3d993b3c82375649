# lexer.c: unterminated raw string (backslash escapes the quote even in raw strings)
r = r'abc\'
