# python.gram: invalid_lambda_parameters (invalid_lambda_parameters_helper lambda_slash_with_default)
lambda a=1, /, b: 0
