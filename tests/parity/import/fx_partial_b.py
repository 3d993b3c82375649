# Fixture: touches fx_partial_a while it is still initialising.
import fx_partial_a
print(fx_partial_a.not_yet)
