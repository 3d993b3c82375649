# Fixture: second half of the failing circular import.
print("fx_circ_b start")
from fx_circ_a import thing
