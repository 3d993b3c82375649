# python.gram: invalid_def_raw with 'async' (&&'(')
async def f[T] x: pass
