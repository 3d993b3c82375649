# lexer.c tok_get_fstring_mode: unterminated raw f-string
x = rf'abc\'
