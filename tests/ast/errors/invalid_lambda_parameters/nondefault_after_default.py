# python.gram: invalid_lambda_parameters (parameter without a default follows parameter with a default)
lambda a=1, b: 0
