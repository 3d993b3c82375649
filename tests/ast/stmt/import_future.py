# python.gram: import_from (_PyPegen_checked_future_import)
from __future__ import annotations
from __future__ import barry_as_FLUFL
