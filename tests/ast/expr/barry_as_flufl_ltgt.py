# pegen.c: _PyPegen_check_barry_as_flufl ('<>' accepted after the future import)
from __future__ import barry_as_FLUFL
1 <> 2
