# python.gram: statements (docstrings are plain Expr statements)
"""Module docstring."""
def f():
    "function doc"
class C:
    '''class doc'''
