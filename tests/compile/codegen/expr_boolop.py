x = a and b or c and (d or e)
