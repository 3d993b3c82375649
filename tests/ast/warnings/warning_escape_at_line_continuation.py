# string_parser.c: backslash-newline is a valid escape, backslash-space is not
x = "a\
b\ c"
