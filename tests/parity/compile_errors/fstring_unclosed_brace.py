# An f-string replacement field never closed.
value = 1
print(f"{value")
