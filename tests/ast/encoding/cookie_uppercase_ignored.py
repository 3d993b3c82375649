# CODING: latin-1
# the cookie regex is case-sensitive: 'CODING' is no cookie
x = 'é'
