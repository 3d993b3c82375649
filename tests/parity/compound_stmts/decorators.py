# Decorators: order of application, decorator expressions (PEP 614), class decorators, wraps-free.
def tag(name):
    def deco(f):
        print("applying", name, "to", f.__name__)

        def wrapper(*a, **k):
            return f"<{name}>{f(*a, **k)}</{name}>"
        wrapper.__name__ = f.__name__
        return wrapper
    return deco


@tag("b")
@tag("i")
def text(s):
    return s


print(text("hi"), text.__name__)
decos = {"upper": lambda f: lambda: f().upper()}


@decos["upper"]
def shout():
    return "quiet"


print(shout())


def register(cls):
    cls.registered = True
    return cls


@register
class Thing:
    pass


print(Thing.registered)


@(lambda f: 42)
def replaced():
    pass


print(replaced)


@undefined_decorator
def never():
    pass
