# python.gram: invalid_fstring_replacement_field (f-string: expecting '!', or ':', or '}')
f"{a = b}"
