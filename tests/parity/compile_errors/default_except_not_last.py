# A bare except that is not the last except clause.
try:
    pass
except:
    pass
except ValueError:
    pass
