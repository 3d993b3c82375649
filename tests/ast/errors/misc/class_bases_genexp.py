# python.gram: class_def_raw arguments: a bare generator expression is not allowed as bases
class F(x for x in y): pass
