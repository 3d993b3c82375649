# An unknown __future__ feature.
from __future__ import annotations
from __future__ import time_travel
print(1)
