# Carets inside a lambda on its own line, called from a comprehension.
transform = (
    lambda item: item["value"] * 2
)
print([transform(i) for i in [{"value": 1}, {"value": 2}]])
print([transform(i) for i in [{"value": 1}, {"other": 2}]])
