# lexer.c: attribute access on number literals
x = 1 .real
y = 1.0.real
z = 1j.imag
w = 0x1.bit_length
v = 1e5.hex
u = 1_000 .bit_length()
