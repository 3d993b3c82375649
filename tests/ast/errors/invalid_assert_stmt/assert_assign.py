# python.gram (3.15 grammar; 3.14 gives plain invalid syntax): invalid_assert_stmt (cannot assign to name here. Maybe you meant '==' instead of '='?)
assert x = 1
