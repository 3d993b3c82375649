# action_helpers.c: _PyPegen_interpolation (debug '=')
t"{x=}"
t"{x = !r}"
t"{x=:>5}"
