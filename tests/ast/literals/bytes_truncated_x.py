# string_parser.c: (value error) invalid \x escape at position %zd
x = b"ab\x4"
