# python.gram: invalid_type_param (cannot use bound with ParamSpec)
class C[**P: int]: pass
