# action_helpers.c: _PyPegen_nonparen_genexp_in_call
f(a, b for b in c)
