# lexer.c: a comment after the backslash is an unexpected character
a = 1 + \ # no
    2
