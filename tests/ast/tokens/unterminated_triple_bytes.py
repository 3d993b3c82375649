# lexer.c: unterminated triple-quoted bytes literal
x = b'''abc
def
