# ast.dump (3.13+): None-valued optional fields and empty lists are left out
def f(): pass
class C: pass
lambda: 0
a[:]
try: pass
except: pass
match x:
    case _: pass
with a: pass
import a
