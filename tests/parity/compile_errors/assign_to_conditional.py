# Assignment to a conditional expression.
a = b = 0
(a if True else b) = 1
