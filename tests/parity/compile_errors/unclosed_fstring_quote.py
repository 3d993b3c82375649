# An f-string whose quote is never closed.
name = "x"
msg = f"hello {name}
print(msg)
