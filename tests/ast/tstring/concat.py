# action_helpers.c: _PyPegen_concatenate_tstrings
t"a" t"{b}" t"c"
t"{a}" t""
