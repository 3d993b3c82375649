# python.gram: group
(a)
((a))
(yield)
(x := 1)
(a + b) * c
