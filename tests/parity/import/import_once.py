# A module runs once; sys.modules caches it; deleting the entry makes the next import run it again.
import sys
import fx_counter
import fx_counter
from fx_counter import __name__ as n
print(n, fx_counter is sys.modules["fx_counter"])
del sys.modules["fx_counter"]
import fx_counter as again
print(again is fx_counter, fx_counter_runs)
