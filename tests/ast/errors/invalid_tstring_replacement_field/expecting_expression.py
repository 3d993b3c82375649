# python.gram: invalid_tstring_replacement_field (t-string: expecting a valid expression after '{')
t"{*}"
