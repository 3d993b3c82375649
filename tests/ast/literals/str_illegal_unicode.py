# string_parser.c: (unicode error) illegal Unicode character (\U beyond 0x10FFFF)
x = "\U00110000"
