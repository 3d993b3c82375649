# Mutual recursion alternates two frames: only identical consecutive frames are summarised, so none is.
def ping(n):
    if n == 0:
        raise RuntimeError("done")
    return pong(n - 1)


def pong(n):
    return ping(n)


ping(4)
