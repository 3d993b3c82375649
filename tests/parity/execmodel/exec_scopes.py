# exec with separate globals and locals behaves like a class body; functions defined there.
src = """
x = 1
def f():
    return x
y = [x for _ in range(2)]
"""
g, l = {}, {}
exec(src, g, l)
print(sorted(l), "x" in g)
try:
    l["f"]()
except NameError as e:
    print(e)
g2 = {}
exec(src, g2)
print(g2["f"](), g2["y"])


def run():
    local_var = 5
    exec("local_var = 6\nnew_name = 7")
    return local_var, "new_name" in locals()


print(run())
