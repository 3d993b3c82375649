# lexer.c: %c-string: unmatched '%c'
f"{a)}"
