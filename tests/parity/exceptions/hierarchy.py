# The built-in exception hierarchy: each class's bases, walked from BaseException.
import builtins
classes = [v for k, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException)]


def show(cls, depth):
    print("  " * depth + cls.__name__)
    subs = sorted((c for c in classes if c.__base__ is cls), key=lambda c: c.__name__)
    for s in subs:
        show(s, depth + 1)


show(BaseException, 0)
print(len(classes))
print([c.__name__ for c in (ExceptionGroup.__mro__)])
