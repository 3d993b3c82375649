# Fixture: raises while being imported.
print("fx_raises importing")


def helper():
    return {}["boom"]


helper()
