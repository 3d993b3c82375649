# A name assigned before its global declaration in the same function.
value = 0


def reset():
    value = 1
    global value
