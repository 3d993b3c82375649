# lexer.c: invalid hexadecimal literal (0xg)
x = 0xg1
