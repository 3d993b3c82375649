# python.gram: type_alias without a value
type X =
