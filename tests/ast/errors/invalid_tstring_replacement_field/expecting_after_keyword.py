# python.gram: invalid_tstring_replacement_field (a keyword after the expression)
t"{a def}"
