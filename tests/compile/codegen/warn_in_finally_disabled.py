try:
    pass
finally:
    x = 1 is 1
