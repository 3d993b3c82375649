# python.gram: disjunction, conjunction
a or b
a or b or c
a and b
a and b and c
a or b and c or d
(a or b) and c
