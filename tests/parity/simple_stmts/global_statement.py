# global at module level is allowed and harmless; global in nested functions; globals() writes.
global toplevel
toplevel = 1


def f():
    global toplevel, newname
    toplevel += 1
    newname = "created"

    def g():
        global toplevel
        toplevel *= 10
    g()


f()
print(toplevel, newname)
globals()["dynamic"] = "from globals()"
print(dynamic)


def reader():
    return toplevel


print(reader())
