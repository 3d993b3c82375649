# python.gram: invalid_class_def_raw (expected ':')
class C
    pass
