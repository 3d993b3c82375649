# lexer.c: invalid octal literal (two underscores)
x = 0o1__2
