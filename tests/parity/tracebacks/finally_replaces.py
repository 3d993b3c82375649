# An exception in finally replaces the one in flight, which becomes its __context__.
def work():
    try:
        raise ValueError("original")
    finally:
        cleanup = {}
        cleanup["missing"]


work()
