# A very long failing line is printed in full with carets at the right columns.
def compute(a, b, c, d, e):
    return a * 1000 + b * 100 + c * 10 + d + e["missing key with a long name that pushes the caret far right"]


compute(1, 2, 3, 4, {})
