# ImportError.name, .path and .name_from, and constructing ImportError by hand.
e = ImportError("message", name="mod", path="/some/where.py")
print(e, e.name, e.path, e.msg, e.args, repr(e))
try:
    from fx_plain import missing_name
except ImportError as err:
    print(err.name, err.path.endswith("fx_plain.py"), err.name_from, err.msg == str(err))
try:
    import fx_absent_module
except ModuleNotFoundError as err:
    print(err.name, err.path, err.name_from if hasattr(err, "name_from") else "-")
print(issubclass(ModuleNotFoundError, ImportError))
ImportError(bad_kw=1)
