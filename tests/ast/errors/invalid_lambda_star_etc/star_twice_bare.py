# python.gram: invalid_lambda_star_etc ('*' ',' ... '*')
lambda *, a, *b: 0
