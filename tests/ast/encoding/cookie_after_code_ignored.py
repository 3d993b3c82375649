x = 1
# coding: latin-1
# a cookie after a code line is ignored
y = 'é'
