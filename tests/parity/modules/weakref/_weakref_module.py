# The low-level _weakref module: ref, proxy types, getweakrefcount, getweakrefs.
import _weakref


class T:
    pass


t = T()
r1 = _weakref.ref(t)
r2 = _weakref.ref(t)
print(r1 is r2, _weakref.getweakrefcount(t), len(_weakref.getweakrefs(t)), r1() is t)
cb_ref = _weakref.ref(t, lambda r: None)
print(cb_ref is r1, _weakref.getweakrefcount(t), type(_weakref.proxy(t)).__name__)
print(_weakref.ReferenceType is type(r1), _weakref.ref is _weakref.ReferenceType)
del t
print(r1(), _weakref.getweakrefcount(object()))
