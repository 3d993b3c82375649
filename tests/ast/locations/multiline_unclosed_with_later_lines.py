# pegen_errors.c: unclosed bracket whose error is found lines later
foo(a,
    b,
    c
bar()
