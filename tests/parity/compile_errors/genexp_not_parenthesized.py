# A generator expression that is not the sole argument must be parenthesized.
values = [1, 2, 3]
print(sum(x for x in values, 10))
