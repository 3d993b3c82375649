# del of a starred expression.
a = [1, 2]
del *a
