# An exception while a module is being imported propagates; the module is not left in sys.modules.
import sys
try:
    import fx_raises
except KeyError as e:
    print("caught", repr(e), "fx_raises" in sys.modules)
import fx_raises
