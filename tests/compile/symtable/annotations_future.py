from __future__ import annotations
x: int = 1
class C:
    a: list[int]
    def f(self, v: T) -> R: pass
