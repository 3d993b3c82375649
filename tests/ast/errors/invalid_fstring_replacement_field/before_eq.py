# python.gram: invalid_fstring_replacement_field (f-string: valid expression required before '=')
f"{=}"
