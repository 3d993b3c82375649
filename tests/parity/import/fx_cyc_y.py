# Fixture: the other half of the working cycle.
import fx_cyc_x


def hello():
    return "y says " + fx_cyc_x.name


name = "Y"
