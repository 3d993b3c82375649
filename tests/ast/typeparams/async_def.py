# python.gram: function_def_raw ('async' 'def' NAME type_params)
async def f[T](x: T) -> T: pass
