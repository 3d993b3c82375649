# cannot assign to t-string expression
t"{x}" = 1
