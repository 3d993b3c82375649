# action_helpers.c: debug '=' with conversion and spec
f"{x =!a:{w}}"
