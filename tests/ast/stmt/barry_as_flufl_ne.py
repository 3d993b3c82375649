# pegen.c: _PyPegen_check_barry_as_flufl (ast.parse has no future flags from the source)
from __future__ import barry_as_FLUFL
1 != 2
