# Unexpected keyword argument errors suggest the closest parameter name.
import sys


def connect(host, port=80, *, timeout=None, retries=3):
    return host, port


for kwargs in ({"hots": "x"}, {"host": "x", "prot": 1}, {"host": "x", "timout": 1},
               {"host": "x", "zzz": 1}, {"host": "x", "retry": 5}):
    try:
        connect(**kwargs)
    except TypeError as e:
        print(e)


class Svc:
    def __init__(self, name, *, verbose=False):
        pass


try:
    Svc("a", verbos=True)
except TypeError:
    sys.excepthook(*sys.exc_info())
sorted([1], revers=True)
