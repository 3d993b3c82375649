# python.gram: assert_stmt
assert x
assert x, "message"
assert (x := 1), y
