# python.gram: type_alias vs "type" as a name
type X = int
type = 1
type(x)
type.x = 1
type X[T] = list[T]
type[0] = 1
print(type)
