# ast: the '=' debug text becomes a Constant with its own positions
x = f"{a + b = }"
y = f"{ a = !r:>10}"
