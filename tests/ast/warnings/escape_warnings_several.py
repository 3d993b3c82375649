# string_parser.c: one warning per literal (the first bad escape), in source order
a = "\d\e"
b = "ok"
c = '\q'
d = b"\z"
