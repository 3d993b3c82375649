# python.gram: invalid_class_def_raw (expected ':' after bases)
class C(A, B)
    pass
