# ModuleNotFoundError texts for missing modules, submodules, and non-package parents.
import sys
for stmt in ("import fx_nothing_here", "import fx_pkg.nothing", "import fx_plain.sub",
             "from fx_pkg import nothing", "from fx_plain import nothing", "import fx_pkg.sub.deeper",
             "from fx_plain import timeot"):
    try:
        exec(stmt)
    except ImportError as e:
        print(f"{stmt:32} {type(e).__name__}: {e} | name={e.name}")
import fx_missing.child
