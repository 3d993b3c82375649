# action_helpers.c: _PyPegen_arguments_parsing_error (positional argument follows keyword argument unpacking)
f(**k, b)
