# python.gram: invalid_fstring_replacement_field (f-string: expecting a valid expression after '{')
f"{*}"
