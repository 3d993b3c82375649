# python.gram: invalid_tstring_replacement_field (t-string: valid expression required before ':')
t"{:x}"
