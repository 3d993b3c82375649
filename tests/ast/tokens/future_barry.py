# pegen.c _PyPegen_checked_future_import: barry_as_FLUFL is an ordinary future import for ast.parse
from __future__ import barry_as_FLUFL
