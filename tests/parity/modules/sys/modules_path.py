# sys.modules entries, sys.path[0] is the program's folder, builtin_module_names membership.
import sys
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys, "__main__" in sys.modules)
print(sys.path[0] == __file__.rsplit("/", 1)[0], __file__.endswith("/modules_path.py"))
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names, type(sys.stdlib_module_names).__name__)
print("math" in sys.stdlib_module_names, "itertools" in sys.stdlib_module_names)
sys.modules["fake_mod"] = "anything"
import fake_mod
print(fake_mod)
sys.modules["none_mod"] = None
import none_mod
