# Format specs nested more than two levels deep in an f-string.
x, y, z, w = 1, 2, 3, 4
print(f"{x:{y:{z}}}")
print(f"{x:{y:{z:{w}}}}")
