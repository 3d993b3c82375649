# python.gram: with_stmt ('(' ','.with_item+ ','? ')') vs a parenthesized tuple expression
with (a, b): pass
with (a, b,): pass
with (a as b, c): pass
with (a): pass
with (a) as b: pass
with (a, b) as c: pass
with (yield): pass
with (
    open(x) as f,
    open(y) as g,
): pass
