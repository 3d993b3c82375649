# python.gram: invalid_del_stmt with a ifexp target; pegen.c _PyPegen_get_expr_name names it
del (a if b else c)
