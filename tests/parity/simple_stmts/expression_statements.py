# Expression statements are evaluated and discarded; docstrings are expression statements too.
"""A module docstring."""
1 + 1
"a string statement"
[print("side effect in list"), None]
(lambda: print("lambda called"))()
...
None
print(__doc__)


def f():
    "function doc"
    "second string is not a docstring"
    42


print(f.__doc__, f())
print.__name__
undefined_expression_name
