# lexer.c tok_get_normal_mode: a backslash in the indentation, the first one decides the level
if x:
    \
    y = 1
    z = 2
