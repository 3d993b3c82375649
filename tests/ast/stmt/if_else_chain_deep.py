# python.gram: elif_stmt (recursive elif chain)
if a: pass
elif b: pass
elif c: pass
elif d: pass
elif e: pass
else: pass
