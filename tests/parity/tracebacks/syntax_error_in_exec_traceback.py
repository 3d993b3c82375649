# A SyntaxError from exec() of a multi-line string: the traceback then the SyntaxError display.
source = """
def f():
    x = [1, 2
    return x
"""
exec(source)
