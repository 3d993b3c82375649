# from module import * honours __all__, including listed private names.
from fx_star import *
print(public_a, _listed_private)
for name in ("public_b", "_hidden"):
    print(name, name in globals())
from fx_star_noall import *
print(visible, "_invisible" in globals(), "__dunder_like__" in globals(), "_sys_alias" in globals())
from fx_pkg import *
print(top_value, sub.value)
from fx_badall import *
