# python.gram: invalid_def_raw (&&':' after a return annotation)
def f() -> int pass
