# python.gram: invalid_string_tstring_concat (t-string first)
x = t"a" "b"
