# tokens: newlines inside replacement fields of triple-quoted f-strings (and single-quoted, PEP 701)
f"{
x
}"
f"{x
+ y}"
