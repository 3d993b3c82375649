# Fixture: a submodule of fx_pkg with relative imports.
from . import sibling
from .sibling import shared
print("fx_pkg.sub running:", __name__, __package__)
value = "sub value " + shared
