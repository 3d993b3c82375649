# tokens: soft keywords as attributes and keyword arguments
x.match
x.case
x.type
f(match=1, case=2, type=3, _=4)
