# an incomplete expression at EOF without newline
x = 1 +