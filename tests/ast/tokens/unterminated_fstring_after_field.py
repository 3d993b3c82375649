# lexer.c: f-string unterminated after a complete replacement field
x = f"a{b}c
