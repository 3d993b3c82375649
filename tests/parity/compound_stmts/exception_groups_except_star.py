# except* with nested groups, handlers raising, and re-raise of the unhandled remainder.
def run():
    try:
        raise ExceptionGroup("outer", [
            ValueError("v1"),
            ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]),
            KeyError("k"),
        ])
    except* ValueError as eg:
        print("values:", repr(eg))
    except* TypeError as eg:
        print("types:", repr(eg))


try:
    run()
except ExceptionGroup as rest:
    print("rest:", repr(rest))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        raise KeyError("raised in handler")
except BaseException as e:
    print("raised from the handler:", repr(e), repr(e.__context__))
try:
    raise ExceptionGroup("bare reraise", [OSError("o")])
except* OSError:
    raise
