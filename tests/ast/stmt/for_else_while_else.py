# python.gram: for_stmt, while_stmt with else_block
for x in y:
    break
else:
    pass
while x:
    continue
else:
    pass
async def f():
    async for a in b:
        pass
    else:
        pass
