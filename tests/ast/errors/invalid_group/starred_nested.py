# python.gram: invalid_group (nested in a call)
print((*a))
