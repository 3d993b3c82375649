# string_parser.c: (unicode error) truncated \UXXXXXXXX escape
x = "\U0001F60"
