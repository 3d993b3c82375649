# A bare raise re-raises with the original traceback plus the re-raising frames.
def inner():
    return [][1]


def middle():
    try:
        inner()
    except IndexError:
        print("logging and re-raising")
        raise


middle()
