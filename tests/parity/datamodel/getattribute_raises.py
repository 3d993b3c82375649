# __getattribute__ raising AttributeError triggers __getattr__; other exceptions do not.
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        if name == "gone":
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"__getattr__({name})"


b = Both()
print(b.gone)
print(b.anything)
print(b.boom)
