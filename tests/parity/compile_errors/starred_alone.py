# A starred assignment target outside a list or tuple.
*items = [1, 2, 3]
print(items)
