# python.gram: invalid_tstring_conversion_character (t-string: invalid conversion character)
t"{a!1}"
