# cannot assign to comparison
a < b = c
