# try/except/else/finally order, multiple except clauses, tuples, and the first match winning.
def run(action):
    try:
        print(" try", action)
        if action == "value":
            raise ValueError("v")
        if action == "key":
            raise KeyError("k")
        if action == "zero":
            1 / 0
    except (KeyError, IndexError) as e:
        print(" except lookup", repr(e))
    except ValueError:
        print(" except value")
    except Exception as e:
        print(" except generic", type(e).__name__)
    else:
        print(" else")
    finally:
        print(" finally")


for a in ("ok", "value", "key", "zero"):
    run(a)
try:
    raise KeyError("x")
except LookupError:
    print("caught by base class")
except KeyError:
    print("never: an earlier clause matched")
try:
    raise ValueError
except TypeError:
    pass
