# coding: latin-1
# a multi-line error range after latin-1 characters
x = ('éé',
     é é)
