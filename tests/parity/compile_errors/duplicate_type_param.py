# The same type parameter twice (PEP 695).
def pair[T, T](a: T, b: T) -> tuple[T, T]:
    return a, b
