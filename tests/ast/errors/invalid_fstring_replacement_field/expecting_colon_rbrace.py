# python.gram: invalid_fstring_replacement_field (f-string: expecting ':' or '}')
f"{a!r b}"
