# python.gram invalid_arguments: a range over several lines (Generator expression must be parenthesized)
f(x
  for x in y,
  z)
