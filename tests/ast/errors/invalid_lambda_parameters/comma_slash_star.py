# python.gram: invalid_lambda_parameters (expected comma between / and *)
lambda a, /*: 0
