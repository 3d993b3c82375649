# python.gram: invalid_tstring_replacement_field, tstring_format_spec_replacement_field (t-string: expecting '}', or format specs)
t"{a:{b}"
