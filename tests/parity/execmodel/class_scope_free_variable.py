# A class body reads its enclosing function's variables, but a name it also assigns is looked up in globals (NameError).
def shadow():
    name = "outer"

    class S:
        print(name)
        name = "inner"
        print(name)
    return S


import sys
try:
    shadow()
except NameError:
    sys.excepthook(*sys.exc_info())


def make():
    value = "from function"

    class K:
        seen = value
        value = "class attr"
        after = value

        def get(self):
            return value
    return K


K = make()
print(K.seen, K.after, K.value, K().get())
