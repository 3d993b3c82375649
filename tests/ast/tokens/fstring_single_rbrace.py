# lexer.c: %c-string: single '}' is not allowed
f"a}b"
