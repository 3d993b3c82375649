# An else with no if before it.
x = 1
print(x)
else:
    print("no")
