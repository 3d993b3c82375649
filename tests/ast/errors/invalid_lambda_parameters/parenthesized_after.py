# python.gram: invalid_lambda_parameters (lambda_param_no_default* '(' ...)
lambda x, (a): 0
