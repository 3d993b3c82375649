# Builtins that exist but need an environment: their presence, types and signatures only.
import builtins
names = sorted(n for n in dir(builtins) if not n.startswith("_") and not isinstance(getattr(builtins, n), type))
print(names)
types_ = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and not issubclass(getattr(builtins, n), BaseException))
print(types_)
print(type(copyright).__name__, type(help).__name__, type(exit).__name__, callable(breakpoint))
print(str(exit), repr(quit))
