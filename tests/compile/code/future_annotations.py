from __future__ import annotations

def f(x: int) -> "str":
    y: list[int] = []
    return y
