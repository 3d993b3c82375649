# Assignment to an Ellipsis literal.
... = 1
