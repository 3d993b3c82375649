# python.gram: invalid_fstring_conversion_character (missing, then ':')
f"{a!:>3}"
