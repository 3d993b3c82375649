# python.gram: decorators ('@' named_expression NEWLINE), PEP 614 arbitrary expressions
@a[0].b(c)
@x if y else z
@(lambda f: f)
@(d := dec)
@a.b.c
@f()()
def f(): pass
@dec
async def g(): pass
@dec
class C: pass
@ \
  spaced
def h(): pass
