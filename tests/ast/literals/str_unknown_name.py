# string_parser.c: (unicode error) unknown Unicode character name
x = "\N{NOT A REAL NAME}"
