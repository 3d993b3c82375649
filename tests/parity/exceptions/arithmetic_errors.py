# ArithmeticError subclasses raised by the runtime: ZeroDivisionError, OverflowError, FloatingPointError absent.
import math
cases = {
    "int division": lambda: 5 // 0,
    "float modulo": lambda: 5.0 % 0,
    "complex division": lambda: 1j / 0,
    "float overflow": lambda: math.pow(10, 400),
    "int to float": lambda: float(2**2000),
    "exp": lambda: math.exp(800),
    "divmod float": lambda: divmod(1.0, 0.0),
}
for name, f in cases.items():
    try:
        f()
    except ArithmeticError as e:
        print(f"{name:16} {type(e).__name__}: {e}")
print(issubclass(FloatingPointError, ArithmeticError), 1e308 * 10)
