# ast.dump: Load/Store/Del contexts on every target kind
a, [b, *c], d.e, f[0] = g
del h, i.j, k[0]
for l in m: pass
with n as (o, p): pass
[q for r, s in t]
