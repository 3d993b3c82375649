# python.gram: operator precedence across levels
not a or b and c | d ^ e & f << g + h * -i ** j
a + b if c else d
lambda: a or b
-x ** 2
(not a) == b
