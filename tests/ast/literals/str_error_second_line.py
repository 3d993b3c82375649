# string_parser.c: decode error in a multi-line string; location is the whole literal
x = 1
y = """abc
\xZZ"""
