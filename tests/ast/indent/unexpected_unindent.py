# pegen_errors.c: unexpected unindent (a decorator followed by a dedent; offset 0)
class A:
    @dec
x = 1
