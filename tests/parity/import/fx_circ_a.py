# Fixture: first half of a circular import that fails with from-import.
print("fx_circ_a start")
import fx_circ_b
thing = "defined after the import"
