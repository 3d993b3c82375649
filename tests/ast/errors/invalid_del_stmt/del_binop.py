# python.gram: invalid_del_stmt (cannot delete expression)
del a + b
