xyz = 1 + """a
b""" +\
\r
