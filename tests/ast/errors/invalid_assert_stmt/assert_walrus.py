# python.gram (3.15 grammar; 3.14 gives plain invalid syntax): invalid_assert_stmt (cannot use named expression without parentheses here)
assert x := 1
