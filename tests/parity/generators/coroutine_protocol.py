# Coroutines driven by hand: send, throw, close, cr_ attributes, and awaiting a generator-based awaitable.
class Pause:
    def __await__(self):
        value = yield "paused"
        return value


async def worker(n):
    got = await Pause()
    print("worker resumed with", got)
    try:
        await Pause()
    except KeyError as e:
        print("worker caught", repr(e))
    return n * 2


c = worker(21)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_frame is not None, c.cr_suspended)
print(c.send(None))
print(c.send("hello"))
try:
    c.throw(KeyError("injected"))
except StopIteration as e:
    print("finished with", e.value)
print(c.cr_frame, c.cr_await)
c2 = worker(1)
c2.send(None)
c2.close()
print("closed", c2.cr_frame)
c3 = worker(0)
c3.throw(ValueError("before start"))
