# PEP 758: several exception types without parentheses are allowed, but not with 'as'.
try:
    pass
except ValueError, TypeError:
    pass
try:
    pass
except ValueError, TypeError as e:
    pass
