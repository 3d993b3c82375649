# tokens: backslashes allowed in f-string expressions since 3.12
f"{'\n'.join(a)}"
f"{"\\"}"
