# string_parser.c: (unicode error) malformed \N character escape (no closing brace)
x = "\N{BULLET"
