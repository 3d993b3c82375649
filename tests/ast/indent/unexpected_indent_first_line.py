# pegen_errors.c: unexpected indent (first statement indented)
    x = 1
