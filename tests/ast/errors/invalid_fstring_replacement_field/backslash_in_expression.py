# PEP 701: backslashes are allowed inside replacement fields since 3.12
f"{'\n'.join(a)}"
