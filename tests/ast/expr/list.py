# python.gram: list, star_named_expressions
[]
[a]
[a, b,]
[*a, *b]
[[a], [b]]
[x := 1, 2]
