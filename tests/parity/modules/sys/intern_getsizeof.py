# sys.intern identity, sys.getrefcount basics, sys.getsizeof for simple objects, sys.is_finalizing.
import sys
a = "".join(["hello", "_world"])
b = "".join(["hello", "_world"])
print(a == b, a is b, sys.intern(a) is sys.intern(b))
try:
    sys.intern(1)
except TypeError as e:
    print(e)
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(""), sys.getsizeof("abc"))
print(sys.getsizeof(()), sys.getsizeof([]), sys.getsizeof(1.0), sys.getsizeof(b""), sys.getsizeof(None))
print(sys.is_finalizing(), type(sys.getrefcount(object())).__name__)
print(sys.getsizeof(object(), 5))
