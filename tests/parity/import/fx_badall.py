# Fixture: __all__ names an attribute that does not exist.
__all__ = ["exists", "nope"]
exists = True
