# python.gram: invalid_type_params (class)
class C[]: pass
