# f-string replacement field ending with "!" and no conversion character.
value = 1
print(f"{value!}")
