# python.gram: power
a ** b
a ** b ** c
-a ** -b
2 ** -1
await_primary ** 2
