# python.gram: invalid_for_target (comprehension) with a listcomp target; pegen.c _PyPegen_get_expr_name names it
[1 for [x for x in y] in y]
