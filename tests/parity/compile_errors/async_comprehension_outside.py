# An asynchronous comprehension outside an async function.
def f(items):
    return [x async for x in items]
