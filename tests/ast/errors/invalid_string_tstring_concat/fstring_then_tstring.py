# python.gram: invalid_string_tstring_concat (f-string then t-string)
x = f"a" f"{b}" t"c"
