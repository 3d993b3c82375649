# lexer.c: %c-string: unmatched '%c' (t-string)
t"{a]}"
