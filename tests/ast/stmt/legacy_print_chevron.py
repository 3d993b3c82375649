# python.gram: print >>sys.stderr is a valid shift expression statement
print >>sys.stderr, "x"
