# python.gram: invalid_del_stmt with a unaryop target; pegen.c _PyPegen_get_expr_name names it
del -a
