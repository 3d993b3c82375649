# python.gram: while without ':' followed by a statement on the same line
while x pass
