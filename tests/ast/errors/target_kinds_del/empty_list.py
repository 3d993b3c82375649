# python.gram: invalid_del_stmt with a empty_list target; pegen.c _PyPegen_get_expr_name names it
del []
