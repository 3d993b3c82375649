# A parameter name repeated in a def (a symtable error).
def move(x, y, x):
    return x + y


print(move(1, 2, 3))
