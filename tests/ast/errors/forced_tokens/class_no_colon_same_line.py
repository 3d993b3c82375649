# python.gram: class_def_raw without ':' on the same line
class C pass
