# python.gram: block (simple_stmts on the same line)
if a: b; c
while x: pass
for i in j: k
class C: pass
def f(): return 1
with a: b
try: c
except: d
