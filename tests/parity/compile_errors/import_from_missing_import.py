# 'from x' without 'import'.
from math sqrt
