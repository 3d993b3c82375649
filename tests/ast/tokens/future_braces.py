# pegen.c _PyPegen_checked_future_import: not a chance
from __future__ import braces
