# python.gram: invalid_expression (f-string: lambda expressions are not allowed without parentheses)
f"{lambda x: 1}"
