# a tab and spaces mixed the same way on every line is consistent
if x:
  	y = 1
  	z = 2
