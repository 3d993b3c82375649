# pegen_errors.c: '[' was never closed, at EOF
x = [1, 2, 3
