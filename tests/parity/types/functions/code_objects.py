# Code object attributes that are implementation-independent.
def f(a, b, /, c, *args, d, **kw):
    x = a + b
    def g():
        return x
    return g


co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_filename.endswith("code_objects.py"))
print(co.co_firstlineno, f(1, 2, 3, d=4).__code__.co_freevars)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))


def gen():
    yield


async def coro():
    pass


print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80))
new = co.replace(co_name="renamed")
print(new.co_name, co.co_name, type(co).__name__)
print((lambda: 0).__code__.co_name, compile("1", "<s>", "eval").co_name)
