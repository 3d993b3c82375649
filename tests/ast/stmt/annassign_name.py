# python.gram: assignment (NAME ':' expression ['=' annotated_rhs])
x: int
y: list[int] = []
z: int = yield
