# string_parser.c: raw strings never warn
x = r"\d" + rb"\d" + fr"\d{y}" + tr"\d{y}"
