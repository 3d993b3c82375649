# python.gram: invalid_lambda_kwds (arguments cannot follow var-keyword argument)
lambda **k, a: 0
