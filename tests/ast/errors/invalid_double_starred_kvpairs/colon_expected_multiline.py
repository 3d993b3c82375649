# python.gram: invalid_kvpair (':' expected after dictionary key, key spans lines)
d = {1: 2,
     (3 +
      4)}
