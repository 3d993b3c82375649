# python.gram: lambdef without ':'
f = lambda x x
