# lexer.c verify_end_of_number: "invalid hexadecimal literal" SyntaxWarning
x = [0x1for x in y]
