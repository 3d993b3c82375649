# Invalid escapes in bytes literals also warn, once per literal.
data = b"\q\w"
print(data)
ok = b"\n\t\\"
print(ok)
print(len(data), len(ok))
