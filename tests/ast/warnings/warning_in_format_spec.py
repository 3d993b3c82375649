# string_parser.c: invalid escape inside an f-string format spec
x = f"{y:\d}"
