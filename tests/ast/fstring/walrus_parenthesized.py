# python.gram: fstring_replacement_field ((x := ...)); unparenthesized ':' starts the spec
f"{(x := 10)}"
f"{x:=10}"
