# Python/future.c: future feature %.100s is not defined (leading imports after a docstring are checked)
"""doc"""
from __future__ import annotations
from __future__ import nonexistent
