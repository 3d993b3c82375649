# python.gram: invalid_string_tstring_concat (t-string then bytes)
x = t"a" t"b" b"c"
