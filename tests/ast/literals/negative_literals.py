# python.gram factor: unary minus stays a UnaryOp in ast.parse
x = (-1, -1.5, -1j, --1, -0x10, +5, ~0)
