# python.gram: invalid_assignment (assignment to yield expression not possible)
def f():
    yield = 1
