# nonlocal at module level.
nonlocal x
x = 2
print(x)
