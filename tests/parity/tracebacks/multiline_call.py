# A failing call whose arguments span several lines: only the first line is shown with carets.
def combine(a, b, c):
    return a + b + c


result = combine(
    1,
    2,
    "three",
)
