# python.gram: invalid_for_target (comprehension) with a dictcomp target; pegen.c _PyPegen_get_expr_name names it
[1 for {x: y for x in z} in y]
