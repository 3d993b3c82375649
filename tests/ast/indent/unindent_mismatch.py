# pegen_errors.c E_DEDENT: unindent does not match any outer indentation level
if x:
        y = 1
    z = 2
