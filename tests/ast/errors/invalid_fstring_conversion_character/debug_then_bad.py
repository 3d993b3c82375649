# python.gram: invalid_fstring_replacement_field ('=' then a bad conversion)
f"{a=!x}"
