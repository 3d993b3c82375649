# a backslash as the very last byte
x = 1\