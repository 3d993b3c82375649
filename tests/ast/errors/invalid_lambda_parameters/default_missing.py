# python.gram: invalid_default in lambda (expected default value expression)
lambda a=, b: 0
