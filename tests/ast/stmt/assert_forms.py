# python.gram: assert_stmt with and without message
assert x
assert x, "msg"
assert (x, y)
assert x, (y := 1)
