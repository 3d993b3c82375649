# A for loop without 'in'.
for x range(10):
    print(x)
