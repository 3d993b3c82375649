# eval and exec with globals/locals dicts, returned values, and the __builtins__ key.
g = {"x": 10}
print(eval("x * 2", g), eval("y + 1", {}, {"y": 1}), eval("len('abc')"), eval(" 1 + 1 \n"))
print("__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
ns = {}
print(exec("a = 1\nb = a + 1", ns), ns["a"], ns["b"])
loc = {}
exec("def f(): return 5\nz = f()", {}, loc)
print(sorted(loc), loc["z"])
print(eval("__name__"), eval("__name__", {}), exec("pass", {"__builtins__": {}}))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print(e)
code = compile("q = 7", "<c>", "exec")
exec(code, ns)
print(ns["q"], eval(compile("3 ** 2", "<e>", "eval")))
for f in (lambda: eval("x = 1"), lambda: eval(1), lambda: exec("1", []), lambda: eval("1", None, 1)):
    try:
        f()
    except (SyntaxError, TypeError) as e:
        print(type(e).__name__, e)
eval("undefined_thing")
