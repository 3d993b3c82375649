# a warning from a string on the line of a later syntax error (first and second parser pass)
x = "\d" 1
