# python.gram: invalid_star_etc (* argument may appear only once)
def f(*a, *b): pass
