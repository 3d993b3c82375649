# lexer.c: unexpected character after line continuation character
a = 1 \ + 2
