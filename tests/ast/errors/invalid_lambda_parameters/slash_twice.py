# python.gram: invalid_lambda_parameters (/ may appear only once)
lambda a, /, b, /: 0
