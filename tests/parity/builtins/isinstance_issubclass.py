# isinstance and issubclass with tuples, nested tuples, unions (X | Y), and errors.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))))
print(isinstance(1, int | str), isinstance(None, type(None)), isinstance("x", str | None), issubclass(bool, int | str))
print(issubclass(bool, (str, int)), issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), issubclass(int, int))
print(isinstance([], ()), issubclass(int, ()), type(int | str).__name__, int | str, (int | str).__args__)
for f in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1),
          lambda: isinstance(1, (int, 1)), lambda: issubclass(int, list[int])):
    try:
        print(f())
    except TypeError as e:
        print(e)
