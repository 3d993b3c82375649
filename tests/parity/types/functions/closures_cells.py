# Closures share cells; __closure__ holds cell objects with cell_contents.
def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count
    return inc, get


inc, get = counter()
inc()
inc()
print(get(), inc.__closure__[0].cell_contents, inc.__closure__[0] is get.__closure__[0])
print(type(inc.__closure__[0]).__name__, counter.__closure__)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])


def late():
    def show():
        return value
    try:
        show()
    except NameError as e:
        print(type(e).__name__, e)
    value = "bound later"
    return show()


print(late())
cell = inc.__closure__[0]
cell.cell_contents = 100
print(get())
del cell.cell_contents
get()
