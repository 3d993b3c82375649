# string_parser.c: \u, \U and \N are invalid escapes in bytes (warning, kept as text)
x = b"\u1234"
y = b"\N{BULLET}"
