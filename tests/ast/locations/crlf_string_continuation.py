# CRLF after a backslash inside a string
x = 'a\
b'
