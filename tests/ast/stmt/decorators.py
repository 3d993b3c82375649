# python.gram: decorators, function_def, class_def
@a
def f(): pass
@a.b.c
@d(e)
@f[0]
@(lambda x: x)
@x if y else z
@(w := 1)
@y := 2
class C: pass
@dec
async def g(): pass
