# python.gram: invalid_lambda_star_etc (var-positional argument cannot have default value)
lambda *a=1: 0
