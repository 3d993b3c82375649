# action_helpers.c: t-string: invalid conversion character %R: expected 's', 'r', or 'a'
t"{a!z}"
