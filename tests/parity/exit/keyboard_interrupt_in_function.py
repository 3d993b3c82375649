# KeyboardInterrupt raised deep in a program and not caught: traceback, then death by SIGINT.
def handler(n):
    if n == 0:
        raise KeyboardInterrupt("simulated Ctrl-C")
    handler(n - 1)


try:
    handler(3)
finally:
    print("finally runs before the interrupt kills the process")
