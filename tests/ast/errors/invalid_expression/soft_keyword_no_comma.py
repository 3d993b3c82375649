# python.gram: invalid_expression (!SOFT_KEYWORD: no comma hint after a soft keyword)
match x y
