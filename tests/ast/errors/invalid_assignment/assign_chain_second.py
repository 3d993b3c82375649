# python.gram: invalid_assignment ((star_targets '=')* a=star_expressions '=')
a = f() = 1
