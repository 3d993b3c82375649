# Fixture: accesses an attribute of a partially initialised module.
import fx_partial_b
