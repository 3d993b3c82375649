# Carets for subscripts: the failing index in nested and sliced subscripts.
import sys
grid = [[1, 2], [3, 4]]
for expr in ("grid[1][5]", "grid[5][1]", "grid[0]['x']"):
    try:
        eval(expr)
    except Exception:
        sys.excepthook(*sys.exc_info())
row = grid[0]
cell = row[0] + grid[1][2]
