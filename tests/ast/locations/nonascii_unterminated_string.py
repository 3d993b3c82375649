# lexer.c: unterminated string after non-ASCII characters
é = 'àbc
