# PEP 765: return in a finally block is a SyntaxWarning in 3.14.
def f():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


print(f())
