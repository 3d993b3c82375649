# Module-level names shadow builtins; __builtins__ lookups when a name is deleted again.
import builtins
print = builtins.print
builtins.custom_global = "added to builtins"
print(custom_global)
open = "shadowed open"
print(type(open).__name__)
del open
print(type(open).__name__)
del builtins.custom_global
try:
    custom_global
except NameError as e:
    print(e)
builtins.len = lambda x: 99
print(len("a"))
del builtins.len
len("a")
