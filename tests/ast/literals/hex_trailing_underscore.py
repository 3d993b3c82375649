# lexer.c: invalid hexadecimal literal (trailing underscore)
x = 0xff_
