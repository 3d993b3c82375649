# string_parser.c: bytes can only contain ASCII literal characters
x = b"café"
