# SystemExit, KeyboardInterrupt and GeneratorExit derive from BaseException; SystemExit.code.
for args in ((), (0,), (3,), ("msg",), (1, 2), (None,)):
    e = SystemExit(*args)
    print(args, repr(e.code), e.args)
print([issubclass(c, Exception) for c in (SystemExit, KeyboardInterrupt, GeneratorExit)])
try:
    raise SystemExit(4)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    try:
        raise SystemExit(1)
    except Exception:
        print("not reached")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
