# python.gram: lambdef, lambda_params, lambda_parameters
lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1: x
lambda x, y=2: x
lambda *args: args
lambda **kw: kw
lambda *args, **kw: 0
lambda x, *, y: 0
lambda *, y=1, z: 0
