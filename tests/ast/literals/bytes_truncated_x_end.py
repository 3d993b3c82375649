# string_parser.c: (value error) invalid \x escape at end of bytes
x = b"\x"
