# python.gram: invalid_def_raw (&&':' after the parameters)
def f() pass
