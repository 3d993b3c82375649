# python.gram: invalid_del_stmt (cannot delete starred)
del *a
