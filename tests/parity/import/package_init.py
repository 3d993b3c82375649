# Importing a package runs __init__ once; submodules are imported on demand and bound as attributes.
import fx_pkg
print(fx_pkg.top_value, fx_pkg.__name__, fx_pkg.__package__, hasattr(fx_pkg, "sub"))
print([p.endswith("fx_pkg") for p in fx_pkg.__path__], fx_pkg.__file__.endswith("__init__.py"))
import fx_pkg.sub
print(hasattr(fx_pkg, "sub"), fx_pkg.sub.value, fx_pkg.sub.__package__, fx_pkg.sibling.shared)
import fx_pkg
import fx_pkg.sub as s
print(s is fx_pkg.sub, s.__name__, s.__spec__.name, s.__spec__.parent)
from fx_pkg import sibling
print(sibling.__name__)
print(type(fx_pkg.__spec__).__name__, fx_pkg.__spec__.submodule_search_locations is not None)
