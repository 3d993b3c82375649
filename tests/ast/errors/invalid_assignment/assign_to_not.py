# cannot assign to expression (not)
not a = 1
