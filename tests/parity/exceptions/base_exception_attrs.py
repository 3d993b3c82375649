# BaseException attributes: args, str/repr forms, __context__, __cause__, __notes__, with_traceback.
e = ValueError("msg", 42)
print(e.args, str(e), repr(e), e.__context__, e.__cause__, e.__suppress_context__, e.__traceback__)
print(str(ValueError()), repr(ValueError()), str(ValueError("one")), repr(ValueError("one",)))
print(repr(Exception(None)), str(Exception(None)), str(Exception("")), repr(BaseException(1, "2")))
e.args = ("changed",)
print(e, e.args)
e.args = [1, 2]
print(e.args, type(e.args).__name__)
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(err)
try:
    e.__context__ = 1
except TypeError as err:
    print(err)
print(hasattr(e, "__notes__"))
e.add_note("note 1")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
print(BaseException.__new__(ValueError).args, ValueError.__new__(ValueError, 1, 2).args)
