# 'comparison' is an illegal expression for augmented assignment
a < b += 1
