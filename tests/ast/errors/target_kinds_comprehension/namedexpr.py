# python.gram: invalid_for_target (comprehension) with a namedexpr target; pegen.c _PyPegen_get_expr_name names it
[1 for (a := 1) in y]
