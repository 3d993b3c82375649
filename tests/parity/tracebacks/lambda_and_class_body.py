# Tracebacks through a lambda and a class body show <lambda> and the class name as frames.
import sys
key = lambda item: item["name"]
try:
    sorted([{"name": 1}, {}], key=key)
except KeyError:
    sys.excepthook(*sys.exc_info())


class Settings:
    debug = True
    level = int("verbose")
