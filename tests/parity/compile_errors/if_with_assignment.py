# '=' in an if condition: CPython suggests '==' or ':='.
count = 3
if count = 3:
    print("three")
