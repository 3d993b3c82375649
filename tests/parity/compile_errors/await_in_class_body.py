# await directly in a class body inside an async function.
async def f():
    class C:
        x = await g()
