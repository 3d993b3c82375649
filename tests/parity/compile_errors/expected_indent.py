# A block header with no indented block after it.
def check(x):
    if x > 0:
    return "positive"
    return "other"
