# except and except* mixed in one try statement.
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
