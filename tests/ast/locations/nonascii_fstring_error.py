# f-string error offsets after non-ASCII characters
x = f"é {a b} ü"
