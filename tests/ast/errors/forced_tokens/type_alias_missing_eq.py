# python.gram: type_alias without '='
type X int
