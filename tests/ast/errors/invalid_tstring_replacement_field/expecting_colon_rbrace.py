# python.gram: invalid_tstring_replacement_field (t-string: expecting ':' or '}')
t"{a!r b}"
