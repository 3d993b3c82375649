# python.gram: invalid_fstring_replacement_field (f-string: expecting '}', or format specs)
f"{a:{b}"
