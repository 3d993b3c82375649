# string_parser.c: invalid escape sequence in bytes (SyntaxWarning)
x = b"\d"
