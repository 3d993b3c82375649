# lexer.c: a no-break space is an invalid non-printable character
x = 1 + 2
