# a comment at EOF without newline
x = 1
# end