# The famous __future__ easter egg.
from __future__ import braces
print("unreachable")
