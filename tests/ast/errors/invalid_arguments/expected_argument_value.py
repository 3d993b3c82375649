# python.gram: invalid_arguments (NAME '=' &(',' | ')'))
f(a=)
