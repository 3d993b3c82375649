# python.gram: invalid_def_raw (['async'] 'def' ... no block)
async def f() -> int:
pass
