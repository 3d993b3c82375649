# python.gram: invalid_def_raw (no block at end of file)
def f(a, b):
