# future feature is not defined (compiler check, ast.parse accepts)
from __future__ import nonexistent
