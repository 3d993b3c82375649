# __import__: top-level and dotted names, fromlist, level, and errors.
m = __import__("math")
print(m.__name__, m.sqrt(16))
os_mod = __import__("sys")
print(os_mod.__name__)
pkg = __import__("importlib.util")
print(pkg.__name__)
sub = __import__("importlib.util", fromlist=["find_spec"])
print(sub.__name__)
print(__import__("itertools", globals(), locals(), ["chain"], 0).__name__)
for args, kw in ((("nonexistent_mod_q",), {}), (("",), {}), ((5,), {}), (("x",), {"level": -1}),
                 (("x",), {"level": 1})):
    try:
        __import__(*args, **kw)
    except (ImportError, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
__import__("math.nope")
