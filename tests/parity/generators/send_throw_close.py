# Generator send, throw and close: values in and out, GeneratorExit, and finally blocks.
def echo():
    print("started")
    try:
        while True:
            try:
                got = yield "ready"
                print("got", got)
            except ValueError as e:
                print("handled thrown", e)
                yield "after throw"
    finally:
        print("cleanup")


g = echo()
print(next(g))
print(g.send(1))
print(g.send("two"))
print(g.throw(ValueError("oops")))
print(next(g))
g.close()
g.close()
print(g.gi_frame, g.gi_running)
try:
    g.send(None)
except StopIteration:
    print("StopIteration after close")
