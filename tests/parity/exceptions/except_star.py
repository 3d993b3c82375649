# except* handles matching parts of an exception group; unhandled parts propagate.
def run(excs):
    try:
        raise ExceptionGroup("batch", excs)
    except* ValueError as g:
        print("ValueError part:", repr(g))
    except* TypeError as g:
        print("TypeError part:", repr(g))


run([ValueError(1), TypeError(2), ValueError(3)])
run([TypeError("only")])
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g))
try:
    run([KeyError("unhandled"), ValueError(0)])
except ExceptionGroup as rest:
    print("propagated:", repr(rest))
run([OSError("left over")])
