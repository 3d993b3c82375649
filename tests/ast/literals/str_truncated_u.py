# string_parser.c: (unicode error) truncated \uXXXX escape
x = "ab\u12g"
