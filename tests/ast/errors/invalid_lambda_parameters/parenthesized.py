# python.gram: invalid_lambda_parameters (Lambda expression parameters cannot be parenthesized)
lambda (a, b): 0
