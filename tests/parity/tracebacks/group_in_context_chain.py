# An exception group as the context of another exception: both drawn, the group with boxes.
try:
    raise ExceptionGroup("first", [ValueError("a"), TypeError("b")])
except ExceptionGroup:
    raise RuntimeError("handling the group failed")
