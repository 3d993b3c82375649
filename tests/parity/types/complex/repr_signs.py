# complex repr with signed zeros, infinities, nans and mixed-mode results.
vals = [complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
        complex(1, float("inf")), complex(float("-inf"), -1), complex(float("nan"), 2),
        complex(1e20, 1e-20), complex(2, 0), 0j + 2, -1j, 1 - 1j]
for v in vals:
    print(repr(v), str(v))
print(complex(1.5, 2) + 1, 2 * complex(1, 1), (1 + 1j) ** 2, complex("1e3+1e-3j"))
print(complex.from_number(5), complex(True, False))
