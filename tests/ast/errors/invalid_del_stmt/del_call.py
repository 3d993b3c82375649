# python.gram: invalid_del_stmt (cannot delete function call)
del f()
