# pegen_errors.c raise_unclosed_parentheses_error: '(' was never closed
a = (1,
     2
