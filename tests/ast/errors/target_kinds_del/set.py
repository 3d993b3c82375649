# python.gram: invalid_del_stmt with a set target; pegen.c _PyPegen_get_expr_name names it
del {1, 2}
