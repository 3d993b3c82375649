# not a chance (future braces; compiler check, ast.parse accepts)
from __future__ import braces
