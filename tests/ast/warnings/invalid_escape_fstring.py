# string_parser.c / lexer.c: invalid escape sequences in f-string middles, also before '{'
x = f"\d{y}\{z}"
