# python.gram: invalid_tstring_replacement_field (t-string: expecting '!', or ':', or '}')
t"{a = b}"
