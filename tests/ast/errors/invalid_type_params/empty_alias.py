# python.gram: invalid_type_params (type alias)
type A[] = int
