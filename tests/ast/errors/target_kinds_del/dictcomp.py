# python.gram: invalid_del_stmt with a dictcomp target; pegen.c _PyPegen_get_expr_name names it
del {x: y for x in z}
