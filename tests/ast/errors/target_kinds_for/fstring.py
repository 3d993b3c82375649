# python.gram: invalid_for_target with a fstring target; pegen.c _PyPegen_get_expr_name names it
for f"{x}" in y: pass
