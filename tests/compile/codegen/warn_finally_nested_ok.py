try:
    pass
finally:
    def g():
        return 1
    for x in y:
        break
