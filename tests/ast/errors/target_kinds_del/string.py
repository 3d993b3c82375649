# python.gram: invalid_del_stmt with a string target; pegen.c _PyPegen_get_expr_name names it
del "s"
