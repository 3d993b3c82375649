# string_parser.c: "\%.3s" is an invalid octal escape sequence (value > 0o377)
x = "\777"
