# ** unpacking inside a dict comprehension.
dicts = [{"a": 1}]
merged = {**d for d in dicts}
