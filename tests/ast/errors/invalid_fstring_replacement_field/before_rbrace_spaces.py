# python.gram: invalid_fstring_replacement_field (empty expression with spaces)
x = f"abc {   } def"
