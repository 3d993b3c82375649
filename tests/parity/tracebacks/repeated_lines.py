# Deep recursion that fails at the bottom: "[Previous line repeated N more times]".
def countdown(n):
    if n == 0:
        raise LookupError("bottom reached")
    return countdown(n - 1)


countdown(40)
