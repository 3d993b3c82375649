# The numeric constructors called with keyword arguments and odd values.
print(int("ff", base=16), int(x="12") if False else int("12"), float(), bool(), complex(real=1, imag=2))
print(int(-0.9), int(" 7 "), int("0b11", base=0), float(" 1e3 "), bool([]), bool([0]))
for f in (lambda: int(x=5), lambda: int("5", 10, 1), lambda: float(x=1), lambda: bool(x=1), lambda: int(5, 10),
          lambda: int(1e400 if False else float("nan"))):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
