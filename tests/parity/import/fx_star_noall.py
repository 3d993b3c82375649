# Fixture: a module without __all__.
import sys as _sys_alias
visible = 1
_invisible = 2
__dunder_like__ = 3
