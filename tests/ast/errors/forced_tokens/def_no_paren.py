# python.gram: invalid_def_raw (&&'(' after the name)
def f:
    pass
