# Fixture package for import/ programs.
print("fx_pkg/__init__ running, __name__ =", __name__)
top_value = "from __init__"
__all__ = ["top_value", "sub"]
