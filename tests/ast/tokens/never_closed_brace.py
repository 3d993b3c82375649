# pegen_errors.c: '{' was never closed
d = {
    'a': 1,
