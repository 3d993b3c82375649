# python.gram: function_def_raw ('async' 'def')
async def f():
    await x
async def g(a) -> None:
    pass
