# A loop of handlers each raising the same type: a long context chain printed in order.
def build(n):
    try:
        if n == 0:
            raise ValueError("level 0")
        build(n - 1)
    except ValueError as e:
        if n < 3:
            raise ValueError(f"level {n + 1}")
        raise


build(3)
