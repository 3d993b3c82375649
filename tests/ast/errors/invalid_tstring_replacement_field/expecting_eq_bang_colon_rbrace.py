# python.gram: invalid_tstring_replacement_field (t-string: expecting '=', or '!', or ':', or '}')
t"{a;}"
t"{a.}"
