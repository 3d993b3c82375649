# pegen.c: _PyPegen_check_barry_as_flufl ('<>' without the future import)
1 <> 2
