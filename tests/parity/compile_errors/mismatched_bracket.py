# A closing bracket that does not match the opening one.
data = {
    "a": [1, 2, 3),
    "b": 4,
}
print(data)
