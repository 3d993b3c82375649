# python.gram: invalid_kvpair (':' expected after dictionary key; end offset 0)
{1: 2, 3}
