# CRLF: incomplete expression at EOF
s = 1
x = 1 +
