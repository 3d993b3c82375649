# Fixture: a circular import that works because attributes are used late.
import fx_cyc_y


def hello():
    return "x says " + fx_cyc_y.name


name = "X"
