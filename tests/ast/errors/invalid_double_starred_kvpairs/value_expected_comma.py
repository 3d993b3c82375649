# python.gram: invalid_double_starred_kvpairs (expression ':' &',')
{1:, 2: 3}
