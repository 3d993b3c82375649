# python.gram: type_alias
type X = int
type Y = list[int] | None
type Z[T] = dict[str, T]
