# from package import * loads the submodules named in the package's __all__.
import sys
from fx_pkg_all import *
print(alpha.NAME, beta.NAME, "fx_pkg_all.alpha" in sys.modules)
import fx_pkg_all
print(sorted(k for k in vars(fx_pkg_all) if not k.startswith("__")))
from fx_pkg_all import gamma
