# python.gram: invalid_lambda_parameters (/ must be ahead of *)
lambda a, *, b, /: 0
