# yield as an expression in various positions: arguments, assignments, and conditions.
def g():
    x = yield 1
    print("x =", x)
    y = (yield x) + 10
    print("y =", y)
    print("arg:", (yield "in print"))
    if (yield "cond"):
        print("truthy condition")
    lst = [(yield "list item"), (yield "second item")]
    print("lst =", lst)


gen = g()
print(next(gen), gen.send("A"), gen.send(5), gen.send("P"), gen.send(1), gen.send("L1"))
try:
    gen.send("L2")
except StopIteration:
    print("done")
