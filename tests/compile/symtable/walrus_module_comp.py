[(z := i) for i in range(3)]
print(z)
