# python.gram: invalid_double_starred_kvpairs (expression expected after dictionary key and ':')
d = {'a': 1, 'b':}
