# python.gram: invalid_del_stmt (cannot delete literal)
del 1
