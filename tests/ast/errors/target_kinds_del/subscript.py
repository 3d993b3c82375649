# python.gram: invalid_del_stmt with a subscript target; pegen.c _PyPegen_get_expr_name names it
del a[0]
