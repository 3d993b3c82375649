# Python/future.c: a late __future__ import is a compiler error, not an ast.parse one
x = 1
from __future__ import annotations
