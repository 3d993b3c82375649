# pegen_errors.c E_DEDENT: an else dedented to no outer level
if x:
    y = 1
  else:
    pass
