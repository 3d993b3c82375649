# action_helpers.c / pegen: iterable unpacking cannot be used in comprehension
[*x for x in y]
