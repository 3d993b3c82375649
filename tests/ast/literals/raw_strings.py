# string_parser.c: raw strings keep backslashes
r = (r"\d\n\x", rb"\d\xff", R'\'', r"\N{BULLET}", Rb'\u1234')
