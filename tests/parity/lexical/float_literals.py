# Float and imaginary literals: exponents, underscores, edge spellings.
print(1., .5, 1.5e3, 1E-3, 1_000.000_1, 1e1_0)
print(0.1 + 0.2, 1e308 * 10, -1e308 * 10)
print(1e-400, 5e-324, 2.5e-324)
print(3j, 1.5j, 1e3j, 0j, 1_0j)
print(type(1j).__name__, (1j).real, (1j).imag)
print(0.0 == -0.0, str(-0.0), repr(.1e-10))
print(123456789012345678.0, 1e16, 1e15, 1e-5, 0.0001)
print(float("nan") != float("nan"))
