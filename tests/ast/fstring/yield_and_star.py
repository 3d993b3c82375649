# python.gram: fstring_replacement_field annotated_rhs (yield and star expressions)
def g():
    f"{yield}"
    f"{yield x}"
f"{*a, b}"
f"{a, b}"
