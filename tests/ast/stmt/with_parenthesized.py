# python.gram: with_stmt ('with' '(' ','.with_item+ ','? ')')
with (a as b, c as d):
    pass
with (a, b,):
    pass
with (
    open("x") as f,
    open("y") as g,
):
    pass
with (a as b):
    pass
