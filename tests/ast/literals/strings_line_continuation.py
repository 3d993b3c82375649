# string_parser.c: backslash-newline inside a string literal
s = "abc\
def"
t = '''a\
b'''
