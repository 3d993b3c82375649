# Errors from misusing coroutines without an event loop.
async def job():
    return 42


c = job()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
try:
    iter(job())
except TypeError as e:
    print(e)
c2 = job()
c2.close()
print("closed")
for x in job():
    pass
