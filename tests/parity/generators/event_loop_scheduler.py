# A tiny round-robin scheduler for coroutines (asyncio is not used).
class Sleep:
    def __await__(self):
        yield


async def task(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await Sleep()
    return f"{name} finished"


async def failing():
    await Sleep()
    raise RuntimeError("task failed")


def run_all(coros):
    queue = list(coros)
    results = {}
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results[c.__qualname__ + str(len(results))] = e.value
        except RuntimeError as e:
            results["error" + str(len(results))] = str(e)
    return results


print(run_all([task("a", 2), task("b", 3), failing()]))
