# Relative imports inside packages, two levels deep, and going beyond the top-level package.
from fx_pkg.deep import leaf
print(leaf.leaf_info)
import fx_pkg.deep
print(fx_pkg.deep.deep_shared, fx_pkg.deep.__package__, leaf.__package__)
import fx_pkg.beyond
