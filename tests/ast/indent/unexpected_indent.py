# pegen_errors.c: unexpected indent
x = 1
    y = 2
