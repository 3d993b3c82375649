# Imports inside functions run at call time; sys.modules caching makes later imports cheap.
import sys


def lazy():
    import fx_counter
    return fx_counter.__name__


print("fx_counter" in sys.modules)
print(lazy(), "fx_counter" in sys.modules)
print(lazy())
import fx_counter as same
print(same is sys.modules["fx_counter"])
