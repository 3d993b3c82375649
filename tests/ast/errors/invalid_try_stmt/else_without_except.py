# try/else without except: invalid
try:
    pass
else:
    pass
