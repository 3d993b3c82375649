# python.gram: invalid_fstring_conversion_character (f-string: invalid conversion character)
f"{a!1}"
