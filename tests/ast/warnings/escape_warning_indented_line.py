# warnings module: the source line is printed stripped of indentation
if x:
        y = "\p"
