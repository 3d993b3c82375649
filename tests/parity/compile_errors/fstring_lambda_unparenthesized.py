# An unparenthesised lambda inside an f-string replacement field.
print(f"{lambda x: x}")
