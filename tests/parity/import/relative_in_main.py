# A relative import in the main program: no known parent package.
print(__package__, __spec__)
try:
    from . import fx_plain
except ImportError as e:
    print(type(e).__name__, e)
from .fx_plain import attribute
