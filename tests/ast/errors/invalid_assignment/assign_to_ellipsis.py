# cannot assign to ellipsis
... = 1
