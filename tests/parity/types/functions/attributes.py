# Function attributes: __name__, __qualname__, __defaults__, __kwdefaults__, __annotations__, __dict__.
def outer(a, b=2, *args, c, d=4, **kw) -> str:
    """Docstring here."""
    def inner():
        pass
    return inner


print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__annotations__)
inner = outer(1, c=3)
print(inner.__qualname__, inner.__defaults__, inner.__kwdefaults__, inner.__doc__)
outer.custom = "attr"
print(outer.__dict__, outer.custom)
outer.__defaults__ = (20,)
print(outer.__defaults__)
lam = lambda x: x
print(lam.__name__, lam.__qualname__)
outer.__name__ = "renamed"
print(outer.__name__, outer.__qualname__)
try:
    outer.__name__ = 5
except TypeError as e:
    print(e)
print(type(outer).__name__, callable(outer))
del outer.__qualname__
