# object: the root type, its attributes, dir(), and default comparisons.
o = object()
print(type(o).__name__, object.__bases__, object.__mro__, isinstance(o, object), isinstance(int, object))
print(o == o, o != o, o.__eq__(1), o.__ne__(o), o.__lt__(o), o.__hash__() == hash(o))
print(sorted(a for a in dir(o) if a.startswith("__"))[:6])
print(object.__doc__, object.__name__, object.__qualname__, object.__module__)
print(o.__reduce_ex__(2)[0].__name__, o.__sizeof__() > 0, o.__format__("") == str(o), o.__class__ is object)
print(o.__getstate__(), object.__subclasshook__(), o.__init_subclass__())
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    o < o
except TypeError as e:
    print(e)
o.__format__("x")
