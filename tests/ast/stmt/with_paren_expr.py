# python.gram: with_item (expression is a parenthesized tuple/group, not the paren form)
with (a, b) as c:
    pass
with (a):
    pass
with (a)(b) as c:
    pass
with (yield):
    pass
