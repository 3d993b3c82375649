# action_helpers.c _PyPegen_check_barry_as_flufl: invalid syntax.  Maybe you meant '!=' instead of '<>'?
if 1 <> 2:
    pass
