# python.gram: invalid_assignment (cannot assign to function call here. Maybe you meant '==' instead of '='?)
f() = 1
