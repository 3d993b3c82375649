# python.gram: invalid_fstring_replacement_field (f-string: expecting '=', or '!', or ':', or '}')
f"{a;}"
f"{a.}"
