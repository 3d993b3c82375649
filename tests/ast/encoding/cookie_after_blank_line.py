
# coding: latin-1
# a blank first line, then the cookie on line 2
x = 'é'
