# python.gram: invalid_lambda_parameters (at least one argument must precede /)
lambda /, a: 0
