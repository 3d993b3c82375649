# IndentationError offsets after non-ASCII text on the line
if é:
    x = 1
      ü = 2
