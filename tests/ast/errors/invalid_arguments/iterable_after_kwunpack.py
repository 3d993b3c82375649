# python.gram: invalid_arguments (iterable argument unpacking follows keyword argument unpacking)
f(**k, *a)
