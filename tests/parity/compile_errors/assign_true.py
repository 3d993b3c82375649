# Assignment to True.
flag = False
True = flag
