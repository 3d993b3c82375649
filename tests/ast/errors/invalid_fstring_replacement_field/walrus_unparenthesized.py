# python.gram: ':' starts a format spec, so ':=' needs parentheses
f"{x:=10}"
f"{(x:=10)}"
