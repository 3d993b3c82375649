# __init_subclass__ runs for each subclass, with class keyword arguments.
class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="b"):
    pass


class Gamma(Beta):
    pass


print(Plugin.registry, Gamma.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)


class Strict(Plugin, unknown=1):
    pass
