# Fixture: a module with __all__.
__all__ = ["public_a", "_listed_private"]
public_a = "a"
public_b = "b (not in __all__)"
_listed_private = "private but listed"
_hidden = "hidden"
