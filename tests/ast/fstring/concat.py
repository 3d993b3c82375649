# action_helpers.c: _PyPegen_concatenate_strings (f-strings with plain strings)
"a" f"{b}" "c"
f"{a}" "b" f"{c}"
"a" "b" f""
f"" ""
