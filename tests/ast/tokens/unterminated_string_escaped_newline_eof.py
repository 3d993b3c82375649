# lexer.c: a backslash-newline continues a single-quoted string until EOF
x = 'abc\
def
