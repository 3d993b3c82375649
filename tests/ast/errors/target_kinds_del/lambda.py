# python.gram: invalid_del_stmt with a lambda target; pegen.c _PyPegen_get_expr_name names it
del lambda: 1
