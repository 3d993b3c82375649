# coding: iso-8859-1
# a non-ASCII identifier in latin-1 source
café = 1
x = café
