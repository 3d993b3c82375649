from __future__ import annotations
x: list[int] = []
def f(a: A | None, *b: tuple[int, ...], c: 'C' = 1) -> dict[str, int]: pass
class C:
    d: Callable[[int], str]
