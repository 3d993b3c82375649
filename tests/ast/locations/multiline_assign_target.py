# python.gram invalid_assignment: a target spanning lines
(a +
 b) = 1
