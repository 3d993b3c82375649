# yield inside a type alias value.
def f():
    type A = (yield)
