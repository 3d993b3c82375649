# python.gram: function_def, function_def_raw
def f():
    pass
def g(a, b):
    return a
def h() -> int:
    pass
