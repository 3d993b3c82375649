# action_helpers.c _PyPegen_check_fstring_conversion: invalid conversion character %R: expected 's', 'r', or 'a'
f"{a!x}"
