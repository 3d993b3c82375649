# SyntaxWarnings from compile() and exec() name the given file name.
code = compile('x = "\\d"', "<generated>", "exec")
ns = {}
exec(code, ns)
print(ns["x"])
exec("y = 1 is 1", ns)
print(ns["y"])
eval("'\\q'")
print("end")
