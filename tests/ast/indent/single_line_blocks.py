# python.gram block: simple_stmts on the same line as the header
if x: a = 1; b = 2
while y: pass
for i in z: continue
with m: pass
def f(): return 1
class C: pass
try: pass
except: pass
finally: pass
