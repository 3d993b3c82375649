# ast.dump: Module(type_ignores=[]) is omitted; '# type: ignore' comments are plain comments
x = 1  # type: ignore
