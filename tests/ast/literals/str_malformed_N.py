# string_parser.c: (unicode error) malformed \N character escape
x = "\N"
