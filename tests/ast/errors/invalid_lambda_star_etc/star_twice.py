# python.gram: invalid_lambda_star_etc (* argument may appear only once)
lambda *a, *b: 0
