# python.gram: invalid_string_tstring_concat (cannot mix t-string literals with string or bytes literals)
x = "a" t"b"
