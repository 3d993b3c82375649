# lambda parameters cannot be annotated: invalid syntax
lambda a: int: 0
