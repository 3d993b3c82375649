# import binds names in the current scope: function-level imports are local.
def local_import():
    import math
    return math.floor(2.5), "math" in locals()


print(local_import(), "math" in globals())
import math as m, sys as s
print(m.__name__, s.__name__)
from math import floor as fl, ceil
print(fl(1.5), ceil(1.5))


class K:
    import itertools
    from math import pi


print(K.itertools.__name__, K.pi)
from math import nothing_here_at_all
