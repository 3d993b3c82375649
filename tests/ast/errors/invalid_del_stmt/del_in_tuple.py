# python.gram: invalid_del_stmt (cannot delete literal inside a tuple)
del a, (b, 1)
