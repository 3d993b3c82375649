# python.gram: invalid_for_target (cannot assign to function call)
for f() in x:
    pass
