# A __future__ import after other statements.
"""Module docstring is allowed before it."""
import sys
from __future__ import annotations
print(sys.argv[0])
