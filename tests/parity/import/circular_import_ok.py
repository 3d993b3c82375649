# A circular import that works: each module uses the other's attributes only when called.
import fx_cyc_x
print(fx_cyc_x.hello())
print(fx_cyc_x.fx_cyc_y.hello())
import sys
print(sorted(m for m in sys.modules if m.startswith("fx_cyc")))
