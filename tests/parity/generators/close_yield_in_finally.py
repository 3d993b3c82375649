# A generator that yields while being closed: RuntimeError "generator ignored GeneratorExit".
def stubborn():
    try:
        yield 1
    finally:
        yield 2


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)


def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "value from close"


g2 = returns_on_close()
next(g2)
print(g2.close())
g3 = stubborn()
next(g3)
g3.close()
