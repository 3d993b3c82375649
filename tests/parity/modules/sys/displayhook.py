# sys.displayhook is used by code compiled in "single" mode; it sets builtins._.
import sys
import builtins
exec(compile("1 + 1", "<s>", "single"))
print(builtins._)
exec(compile("None", "<s>", "single"))
print(builtins._)
shown = []
sys.displayhook = lambda v: shown.append(v)
exec(compile("'custom'", "<s>", "single"))
print(shown)
sys.displayhook = sys.__displayhook__
exec(compile("[1, 2]", "<s>", "single"))
del sys.displayhook
try:
    exec(compile("3", "<s>", "single"))
except RuntimeError as e:
    print(e)
