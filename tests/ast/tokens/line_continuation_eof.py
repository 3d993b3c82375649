# lexer.c tok_continuation_line: backslash-newline then EOF -> unexpected EOF while parsing
a = 1 + \
