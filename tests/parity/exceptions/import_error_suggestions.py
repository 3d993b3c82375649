# ImportError texts with suggestions for names missing from a module, and attributes.
import sys
for stmt in ("from math import sqr", "from math import pii", "from sys import argvv",
             "import no_such_module_xyz", "from no_such_pkg import thing", "import math.nothing"):
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, "|", e, "|", e.name, "|", e.name_from if hasattr(e, "name_from") else "")
try:
    from math import tau, piee
except ImportError:
    sys.excepthook(*sys.exc_info())
from itertools import chian
