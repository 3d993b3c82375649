# python.gram: invalid_lambda_kwds (var-keyword argument cannot have default value)
lambda **k=1: 0
