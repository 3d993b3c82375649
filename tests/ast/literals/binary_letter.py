# lexer.c: invalid binary literal (letter after digits)
x = 0b1a
