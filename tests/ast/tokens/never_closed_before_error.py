# pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors: an unclosed bracket on an earlier line wins over a later generic error
x = (1,
y = 2
z = 3 4
