# string_parser.c: invalid escape inside a t-string format spec
x = t"{y:\d}"
