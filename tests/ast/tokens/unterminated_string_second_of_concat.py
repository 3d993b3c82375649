# lexer.c: the second part of an implicit concatenation is unterminated
x = ("abc"
     "def)
