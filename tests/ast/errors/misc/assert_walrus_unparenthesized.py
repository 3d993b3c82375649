# python.gram: assert_stmt takes expression, so an unparenthesized := is invalid in 3.14
assert v := 5
