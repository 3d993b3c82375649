# python.gram: invalid_tstring_conversion_character (t-string: missing conversion character)
t"{a!}"
