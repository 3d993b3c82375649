# lexer.c: invalid hexadecimal literal (no digits)
x = 0x
