# python.gram (3.15 grammar; 3.14 gives plain invalid syntax): invalid_assert_stmt (cannot assign to attribute here)
assert a.b = 1
