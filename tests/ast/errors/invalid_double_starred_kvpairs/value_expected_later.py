# python.gram: invalid_kvpair (expression expected after dictionary key and ':', after a pair)
{1: 2, 3:}
