# Assigning to a literal: "cannot assign to literal here".
x = 5
if x:
    y = 3
    5 = x
