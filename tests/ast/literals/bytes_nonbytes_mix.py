# action_helpers.c: cannot mix bytes and nonbytes literals
x = b"a" "b"
