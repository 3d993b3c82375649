# python.gram: invalid_arguments Generator expression must be parenthesized (range over lines)
f(x
  for x in y
  if x, 2)
