# action_helpers.c: _PyPegen_formatted_value (debug '=' expressions)
f"{x=}"
f"{x = }"
f"{x=!r}"
f"{x=:>10}"
f"{x=!s:^5}"
f"{a + b = }"
f"{ x =   }"
