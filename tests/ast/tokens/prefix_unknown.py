# lexer.c: an unknown prefix is a NAME followed by a STRING (invalid syntax)
x = k'a'
