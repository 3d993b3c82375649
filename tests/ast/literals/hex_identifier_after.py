# lexer.c verify_end_of_number: invalid hexadecimal literal (followed by a name)
x = 0x1fz
