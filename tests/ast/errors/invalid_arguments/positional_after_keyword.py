# action_helpers.c: _PyPegen_arguments_parsing_error (positional argument follows keyword argument)
f(a=1, b)
