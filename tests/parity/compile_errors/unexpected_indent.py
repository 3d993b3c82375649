# An indented line where no block begins.
a = 1
b = 2
    c = 3
print(a, b, c)
