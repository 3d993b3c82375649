# python.gram: simple_stmt (star_expressions as a statement)
f()
a.b
1
*a, b
x if y else z
await_ = 1
...
