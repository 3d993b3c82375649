x = '# coding: latin-1'
# a cookie inside a string on line 1 does not count
y = 'é'
