# action_helpers.c: cannot mix bytes and nonbytes literals (bytes and f-string)
x = "a" b"b" f"c"
