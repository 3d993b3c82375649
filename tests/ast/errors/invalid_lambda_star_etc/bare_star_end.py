# python.gram: invalid_lambda_star_etc (named arguments must follow bare *)
lambda *: 0
