# python.gram: lambda_slash_no_default, lambda_slash_with_default
lambda a, /: 0
lambda a, /, b: 0
lambda a, b=1, /, c=2: 0
lambda a=1, /: 0
lambda a, /, *, b: 0
lambda a=1, /, *b, c, **d: 0
