# A triple-quoted string never closed: the error is at its start, detected at the end.
doc = """first line
second line
print(doc)
x = 1
