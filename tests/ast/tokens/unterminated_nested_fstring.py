# lexer.c: f"{f'{a}}" closes the inner f-string early, then '}' is single: %c-string: single '}' is not allowed
x = f"{f'{a}}"
