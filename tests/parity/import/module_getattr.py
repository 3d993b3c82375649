# PEP 562 module __getattr__ and __dir__.
import fx_lazy
from fx_lazy import lazy_value
print(fx_lazy.real, fx_lazy.lazy_thing, lazy_value, dir(fx_lazy))
print(getattr(fx_lazy, "lazy_x", None), hasattr(fx_lazy, "other"))
from fx_lazy import other
