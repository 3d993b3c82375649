# string_parser.c: invalid escape sequence in a t-string
x = t"\d{y}"
