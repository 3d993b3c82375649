# A starred expression as a dictionary value.
base = {"a": 1}
merged = {"b": **base}
