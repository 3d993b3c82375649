# Fixture: counts how often it is executed.
import builtins
builtins.fx_counter_runs = getattr(builtins, "fx_counter_runs", 0) + 1
print("fx_counter executed", builtins.fx_counter_runs)
