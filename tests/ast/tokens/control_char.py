# lexer.c: invalid non-printable character U+%04X (a control character)
x = 1 
