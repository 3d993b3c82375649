# python.gram (3.15 grammar; 3.14 gives plain invalid syntax): invalid_assert_stmt ('assert' expression ',' expression '=' expression)
assert x, y = 1
