# A global declaration after an annotated assignment in the same function.
def f():
    y: int = 1
    global y
