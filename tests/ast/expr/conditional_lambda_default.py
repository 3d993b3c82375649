# python.gram: lambda with defaults that are expressions
lambda a=(1, 2), b=[x for x in y], c=lambda: 0: a
