# Fixture: a package whose __all__ lists submodules that star-import must load.
__all__ = ["alpha", "beta"]
