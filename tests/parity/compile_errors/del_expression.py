# del of an operator expression.
a = b = 1
del a + b
