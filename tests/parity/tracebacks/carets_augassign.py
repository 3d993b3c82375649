# An augmented assignment that fails: the whole statement is underlined.
totals = {"a": 1}


def add(key, value):
    totals[key] += value


add("a", 2)
add("b", 1)
