# python.gram: invalid_fstring_conversion_character (f-string: missing conversion character)
f"{a!}"
