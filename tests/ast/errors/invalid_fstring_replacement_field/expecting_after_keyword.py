# python.gram: invalid_fstring_replacement_field (a keyword after the expression)
f"{a def}"
