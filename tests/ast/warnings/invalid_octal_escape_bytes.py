# string_parser.c: invalid octal escape sequence in bytes
x = b"\400"
