# An exception raised by __init_subclass__ points at the class statement of the subclass.
class Base:
    def __init_subclass__(cls, **kw):
        if not cls.__name__.startswith("Plugin"):
            raise TypeError(f"bad plugin name {cls.__name__!r}")


class PluginOk(Base):
    pass


class Wrong(Base):
    x = 1
