# lexer.c tok_get_fstring_mode: unterminated %c-string literal (detected at line %d)
x = f'abc
