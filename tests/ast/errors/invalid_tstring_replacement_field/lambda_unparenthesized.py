# python.gram: invalid_expression (t-string: lambda expressions are not allowed without parentheses)
t"{lambda x: 1}"
