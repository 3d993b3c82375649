# Lambda parameters cannot be annotated.
values = [3, 1, 2]
key = lambda x: int: -x
print(sorted(values, key=key))
