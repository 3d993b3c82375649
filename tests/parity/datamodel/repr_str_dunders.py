# __repr__ and __str__: which one print, str, repr, containers and f-strings use.
class Both:
    def __repr__(self): return "Both()"
    def __str__(self): return "both as str"


class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"


class OnlyStr:
    def __str__(self): return "only str"


print(Both(), str(Both()), repr(Both()), [Both()], (OnlyRepr(),), {1: OnlyRepr()})
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", f"{Both()!r}", "%s %r" % (Both(), Both()))
print(str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object at "))


class BadRepr:
    def __repr__(self): return 42


try:
    repr(BadRepr())
except TypeError as e:
    print(e)
str(BadRepr())
