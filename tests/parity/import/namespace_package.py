# A folder without __init__.py is a namespace package.
import fx_ns
print(fx_ns.__name__, fx_ns.__file__, type(fx_ns.__path__).__name__, fx_ns.__spec__.origin)
print([p.endswith("fx_ns") for p in fx_ns.__path__], len(list(fx_ns.__path__)))
import fx_ns.part
print(fx_ns.part.name, fx_ns.part.__package__)
from fx_ns import part as p
print(p is fx_ns.part)
import fx_ns.missing
