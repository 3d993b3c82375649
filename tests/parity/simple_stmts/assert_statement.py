# assert with messages of various types; assert on tuples and falsy values.
import sys
for cond, msg in ((0, None), ("", "empty string"), ([], ["list", "msg"]), (None, 42)):
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
    except AssertionError as e:
        print(repr(e), e.args)
assert True, "never shown"
assert 1 == 1
print(__debug__)
value = -1
assert value >= 0, f"value must be non-negative, got {value}"
