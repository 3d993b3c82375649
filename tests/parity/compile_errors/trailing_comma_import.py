# from ... import with a trailing comma and no parentheses.
from math import sqrt, pi,
print(pi)
