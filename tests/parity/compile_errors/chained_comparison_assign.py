# Assignment to a comparison.
a = b = 1
a < b = 2
