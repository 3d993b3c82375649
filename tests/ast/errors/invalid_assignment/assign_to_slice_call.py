# cannot assign to function call (not the '==' hint: inside a for target)
for f() in x:
    pass
