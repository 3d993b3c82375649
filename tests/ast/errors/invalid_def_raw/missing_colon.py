# python.gram: invalid_def_raw (&&':' expected ':')
def f()
    pass
