# A return in finally overrides the try's return value and swallows exceptions (with a SyntaxWarning).
def override():
    try:
        return "from try"
    finally:
        return "from finally"


def swallow():
    try:
        raise ValueError("swallowed")
    finally:
        return "exception discarded"


def count():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("finally sees n =", n)


print(override(), swallow(), count())
