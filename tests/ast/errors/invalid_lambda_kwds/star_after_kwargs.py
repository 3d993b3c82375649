# python.gram: invalid_lambda_kwds ('**' lambda_param ',' '*')
lambda **k, *a: 0
