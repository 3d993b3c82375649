# python.gram: invalid_type_params (Type parameter list cannot be empty)
def f[](): pass
