# exec defining classes and closures; functions keep their globals dict.
ns = {"base": 10}
exec("""
class K:
    value = base + 1
def make():
    n = 5
    return lambda: n + base
""", ns)
print(ns["K"].value, ns["make"]()(), ns["make"].__globals__ is ns, "K" in ns)
ns["base"] = 100
print(ns["make"]()())
exec("print(__name__, 'in exec')", {"__name__": "custom"})
exec("import math\nr = math.floor(2.5)", ns)
print(ns["r"], "math" in ns)
exec("raise ValueError('from exec')")
