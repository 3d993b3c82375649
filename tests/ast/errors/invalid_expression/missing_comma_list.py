# pegen.c: _PyPegen_raise_error_for_missing_comma (Perhaps you forgot a comma?)
[a b]
