# action_helpers.c: a multi-letter conversion name
f"{a!rr}"
