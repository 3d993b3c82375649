# A subscript spread over several lines fails: the lines and carets follow the expression.
table = {"rows": [[1, 2], [3, 4]]}
value = table[
    "rows"
][
    5
]
