# python.gram: global_stmt, nonlocal_stmt
global a
global a, b, c
def f():
    nonlocal x
    nonlocal y, z
