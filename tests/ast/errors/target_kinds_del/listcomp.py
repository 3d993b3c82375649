# python.gram: invalid_del_stmt with a listcomp target; pegen.c _PyPegen_get_expr_name names it
del [x for x in y]
