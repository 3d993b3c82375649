# lexer.c: invalid decimal literal (1e followed by letters)
x = 1ex
