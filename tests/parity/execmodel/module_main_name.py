# __name__ == "__main__" for the program; module globals like __file__, __builtins__, __doc__.
"""The module docstring."""
import builtins
print(__name__, __doc__, __file__.endswith("module_main_name.py"), __builtins__ is builtins)
if __name__ == "__main__":
    print("running as main")
print(sorted(k for k in globals() if k.startswith("__")))
print(__spec__, __loader__.__name__ if hasattr(__loader__, "__name__") else type(__loader__).__name__)
print(__cached__ if "__cached__" in globals() else "no __cached__")
