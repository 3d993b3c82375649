# coding: latin-1
# a form feed before the cookie comment is allowed
x = 'é'
