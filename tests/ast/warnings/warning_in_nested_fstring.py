# string_parser.c: an invalid escape in a nested f-string
x = f"{f'\d{y}'}"
