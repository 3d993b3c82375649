# Module attributes of an imported file module: __name__, __file__, __spec__, __loader__, __cached__ absent-or-None.
import fx_plain
print(fx_plain.__name__, fx_plain.__file__.endswith("fx_plain.py"), fx_plain.__spec__.name, fx_plain.__package__)
print(fx_plain.__spec__.origin.endswith("fx_plain.py"), fx_plain.__spec__.has_location, fx_plain.__spec__.parent == "")
print(type(fx_plain.__loader__).__name__, fx_plain.__doc__, sorted(k for k in vars(fx_plain) if not k.startswith("__")))
print(fx_plain.__spec__.cached is None or fx_plain.__spec__.cached.endswith(".pyc"))
