# A dict display with a key but no value.
d = {"a": 1, "b"}
