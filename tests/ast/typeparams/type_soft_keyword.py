# python.gram: "type" soft keyword: statement vs name
type X = int
type = 1
type.x = 2
type(x)
type[X] = 3
print(type)
