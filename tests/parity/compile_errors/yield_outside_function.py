# yield at module level.
items = [1, 2]
for i in items:
    yield i
