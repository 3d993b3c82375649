# complex numbers: construction, repr, arithmetic, attributes and errors.
z = complex(3, 4)
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(complex(), complex(1), complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-1.5e2J"))
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (2j) ** 2, 1j ** 0.5)
print(complex(0, -0.0), complex(-0.0, 0), complex(float("inf"), float("nan")), 1e300j * 1e10)
print((1 + 2j) == complex(1, 2), 1 + 0j == 1, hash(1 + 0j) == hash(1))
print(format(1 + 2j, ".2f"), format(1.5 - 2j, "^20"), f"{3j:g}", f"{(1+1j):+.1e}")
for f in (lambda: (1 + 2j) < (2 + 3j), lambda: complex("1+2i"), lambda: (1j) // 1, lambda: 1j % 1,
          lambda: int(1j), lambda: 1 / 0j):
    try:
        f()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
float(2j)
