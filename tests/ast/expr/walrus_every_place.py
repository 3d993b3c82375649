# python.gram: assignment_expression / named_expression in every legal place
if (a := 1): pass
if a := 1: pass
while b := f(): pass
elif_ = 0
if x: pass
elif c := 2: pass
[y := 1, y ** 2]
f(z := 3)
f(x, z := 3)
assert (w := 4)
{(k := 1): 2}
{k2 := 1}
print((q := 1))
x[u := 1]
def g(a=(p := 1)): return (r := 2)
with (s := ctx()): pass
[t for t in range(3) if (tt := t)]
match (m := 1):
    case _: pass
