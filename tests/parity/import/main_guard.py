# __name__ is "__main__" only for the program; an imported module sees its own name.
import fx_mainguard
print(__name__, fx_mainguard.__name__)
import __main__
print(__main__.__name__, __main__.__file__.endswith("main_guard.py"), __main__ is __import__(__name__))
fx_mainguard.main()
