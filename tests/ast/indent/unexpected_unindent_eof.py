# pegen_errors.c: unexpected unindent at EOF after a decorator
if x:
    @dec
