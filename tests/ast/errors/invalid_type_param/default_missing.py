# type parameter default without expression: invalid syntax
def f[T = ](): pass
