# An uncaught KeyboardInterrupt raised by the program: traceback, then death by SIGINT.
def loop():
    for i in range(3):
        print("tick", i)
    raise KeyboardInterrupt


loop()
