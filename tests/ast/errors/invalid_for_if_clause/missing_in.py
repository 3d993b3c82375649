# python.gram: invalid_for_if_clause ('in' expected after for-loop variables)
[x for x y]
