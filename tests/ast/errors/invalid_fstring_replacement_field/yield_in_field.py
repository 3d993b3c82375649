# python.gram: fstring_replacement_field (annotated_rhs allows yield)
def g():
    f"{yield}"
    f"{yield 1}"
