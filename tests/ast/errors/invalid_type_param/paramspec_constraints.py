# python.gram: invalid_type_param (cannot use constraints with ParamSpec)
type A[**P: (int, str)] = P
